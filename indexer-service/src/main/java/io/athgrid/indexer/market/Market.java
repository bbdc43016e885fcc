package io.athgrid.indexer.market;

import io.athgrid.indexer.index.ContainerOffer;
import io.athgrid.indexer.index.IndexedContainer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The supply side as the scheduler checks orders against it: one {@link MarketOffer} per GPU model
 * and pre-installed service, sorted by GPU model then service.
 *
 * <p>The market is every container that has passed its checks and stake and not left: STANDBY,
 * SERVING, OFFLINE and HALTED. Busy, offline and halted containers count because they come back;
 * an order is only hopeless when no container of the market could ever take it. Containers whose
 * offer is not known yet are left out (nothing to say about them); one offering several services
 * counts once under each.
 */
public record Market(Instant asOf, List<MarketOffer> offers) {

    public static final Set<String> STATUSES = Set.of("STANDBY", "SERVING", "OFFLINE", "HALTED");
    private static final String STANDBY = "STANDBY";

    public Market {
        offers = List.copyOf(offers);
    }

    public static Market of(Collection<IndexedContainer> containers, Instant asOf) {
        Map<Key, Tally> tallies = new TreeMap<>(Key.ORDER);
        for (IndexedContainer container : containers) {
            ContainerOffer offer = container.offer();
            if (offer == null || container.status() == null || !STATUSES.contains(container.status())) {
                continue;
            }
            for (String service : offer.services()) {
                tallies.computeIfAbsent(new Key(offer.gpuModel(), service), key -> new Tally())
                        .add(offer, STANDBY.equals(container.status()));
            }
        }
        return new Market(asOf, tallies.entrySet().stream()
                .map(entry -> entry.getValue().offer(entry.getKey()))
                .toList());
    }

    private record Key(String gpuModel, String service) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::gpuModel).thenComparing(Key::service);
    }

    /** Running totals of one group while the containers are read. */
    private static final class Tally {
        private int containers;
        private int standby;
        private int gpus;
        private BigDecimal minPrice;

        void add(ContainerOffer offer, boolean inStandby) {
            containers++;
            standby += inStandby ? 1 : 0;
            gpus += offer.gpuCount();
            BigDecimal price = offer.priceUsdPerGpuHour();
            minPrice = minPrice == null || price.compareTo(minPrice) < 0 ? price : minPrice;
        }

        MarketOffer offer(Key key) {
            return new MarketOffer(key.gpuModel(), key.service(), containers, standby, gpus, minPrice);
        }
    }
}
