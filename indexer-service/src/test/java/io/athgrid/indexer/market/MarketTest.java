package io.athgrid.indexer.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.fixtures.Containers;
import io.athgrid.indexer.index.CapacityIndex;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final CapacityIndex index = new CapacityIndex(0.5);

    private Market market() {
        return Market.of(index.snapshot().containers(), NOW);
    }

    @Test
    void containers_are_grouped_per_gpu_model_and_service_with_standby_gpus_and_the_lowest_price() {
        Containers.in(index).gpus("H100_SXM", 8).price("2.50").add("a");
        Containers.in(index).gpus("H100_SXM", 4).price("1.85").status("SERVING").add("b");
        Containers.in(index).gpus("H100_SXM", 8).price("3.10").add("c");

        Market market = market();

        assertThat(market.asOf()).isEqualTo(NOW);
        assertThat(market.offers()).containsExactly(
                new MarketOffer("H100_SXM", "vllm", 3, 2, 20, new BigDecimal("1.85")));
    }

    @Test
    void offline_and_halted_containers_are_in_the_market_but_not_counted_as_standby() {
        Containers.in(index).status("OFFLINE").price("2.00").add("a");
        Containers.in(index).status("HALTED").price("2.20").add("b");

        assertThat(market().offers()).containsExactly(
                new MarketOffer("H100_SXM", "vllm", 2, 0, 16, new BigDecimal("2.00")));
    }

    @Test
    void containers_not_yet_or_no_longer_in_the_market_are_left_out() {
        for (String status : List.of("CHECKING", "WAITING_FOR_STAKE", "DISSOLVING", "RETIRED")) {
            Containers.in(index).status(status).price("0.10").add(status);
        }
        Containers.in(index).price("2.50").add("standby");

        assertThat(market().offers()).containsExactly(
                new MarketOffer("H100_SXM", "vllm", 1, 1, 8, new BigDecimal("2.50")));
    }

    @Test
    void containers_whose_status_or_offer_is_unknown_are_left_out() {
        index.statusChanged("status-only", "0xowner", "STANDBY", Containers.T0);
        index.offerChanged("offer-only", "0xowner", Containers.in(index).offer(), Containers.T0);

        assertThat(market().offers()).isEmpty();
    }

    @Test
    void a_container_counts_under_each_of_its_services_and_offers_are_sorted_by_gpu_model_then_service() {
        Containers.in(index).gpus("H100_SXM", 8).services("vllm", "game-streaming").price("2.50").add("a");
        Containers.in(index).gpus("A100", 2).services("vllm").price("1.10").add("b");
        Containers.in(index).gpus("RTX_4090", 1).services("game-streaming").price("0.40").add("c");

        assertThat(market().offers()).extracting(offer -> offer.gpuModel() + "/" + offer.service())
                .containsExactly("A100/vllm", "H100_SXM/game-streaming", "H100_SXM/vllm", "RTX_4090/game-streaming");
        assertThat(market().offers().get(1))
                .isEqualTo(new MarketOffer("H100_SXM", "game-streaming", 1, 1, 8, new BigDecimal("2.50")));
    }

    @Test
    void an_empty_index_is_an_empty_market() {
        assertThat(market().offers()).isEmpty();
    }
}
