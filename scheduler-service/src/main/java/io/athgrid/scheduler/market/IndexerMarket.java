package io.athgrid.scheduler.market;

import io.athgrid.protocol.container.GpuModel;
import io.athgrid.scheduler.matching.IndexerClient;
import io.athgrid.scheduler.matching.IndexerUnavailableException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The market as the Indexer last summarised it, refreshed every few seconds: orders are judged
 * against a view that may be that old, and the Indexer's own matching has the final word.
 */
public class IndexerMarket implements Market {

    private static final Logger log = LoggerFactory.getLogger(IndexerMarket.class);

    private final IndexerClient indexer;
    private final AtomicReference<MarketSummary> last = new AtomicReference<>();

    public IndexerMarket(IndexerClient indexer) {
        this.indexer = indexer;
    }

    /** Reads the summary again; keeps the previous one when the Indexer does not answer. */
    public void refresh() {
        try {
            last.set(indexer.get("/market", MarketSummary.class));
        } catch (IndexerUnavailableException e) {
            log.debug("market summary not refreshed: {}", e.getMessage());
        }
    }

    @Override
    public boolean offersService(String service) {
        return summary().offers().stream().anyMatch(offer -> offer.service().equals(service));
    }

    @Override
    public Optional<BigDecimal> cheapest(GpuModel gpuModel, String service) {
        return summary().offers().stream()
                .filter(offer -> offer.gpuModel().equals(gpuModel.name()) && offer.service().equals(service))
                .map(MarketSummary.Offer::minPriceUsdPerGpuHour)
                .min(BigDecimal::compareTo);
    }

    private MarketSummary summary() {
        MarketSummary summary = last.get();
        if (summary != null) {
            return summary;
        }
        try {
            summary = indexer.get("/market", MarketSummary.class);
        } catch (IndexerUnavailableException e) {
            throw new MarketUnavailableException(e);
        }
        last.compareAndSet(null, summary);
        return summary;
    }
}
