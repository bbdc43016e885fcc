package io.athgrid.indexer.market;

import java.math.BigDecimal;

/**
 * What the market holds of one GPU model and service: how many containers offer it, how many of
 * those are idle in STANDBY, their GPUs together and the cheapest price among them.
 */
public record MarketOffer(String gpuModel, String service, int containers, int standby, int gpus,
        BigDecimal minPriceUsdPerGpuHour) {
}
