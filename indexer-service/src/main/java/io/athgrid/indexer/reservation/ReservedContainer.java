package io.athgrid.indexer.reservation;

import java.math.BigDecimal;

/** One container a reservation holds, with the offer it was reserved at. */
public record ReservedContainer(String containerId, String owner, String region, BigDecimal priceUsdPerGpuHour,
        int gpus) {
}
