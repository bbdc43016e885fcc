package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's order was accepted and its job waits to be matched. Prices are USD per GPU-hour;
 * {@code usdPerAth} is the ATH/USD rate locked for the order's whole life (ATH wei = USD / rate).
 * {@code startsAt} and {@code durationSeconds} are null when the order does not set them.
 */
public record JobSubmitted(
        String jobId,
        String orderId,
        String enterpriseId,
        String kind,
        String gpuModel,
        int gpusPerNode,
        int nodes,
        String region,
        String service,
        BigDecimal maxPriceUsdPerGpuHour,
        BigDecimal usdPerAth,
        Instant startsAt,
        Long durationSeconds,
        Instant submittedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return jobId;
    }
}
