package io.athgrid.scheduler.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The Indexer's {@code GET /market}: per GPU model and service, the containers in the market and the lowest price. */
public record MarketSummary(Instant asOf, List<Offer> offers) {

    public MarketSummary {
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    public record Offer(String gpuModel, String service, int containers, int standby, int gpus,
            BigDecimal minPriceUsdPerGpuHour) {
    }
}
