package io.athgrid.scheduler.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The body of {@code POST /orders}, unchecked. Reserved orders give {@code startsAt} (null: now)
 * and {@code durationSeconds} (whole 24 h periods); on-demand orders may give {@code durationSeconds}
 * as a limit, or run until cancelled.
 */
public record OrderRequest(
        String kind,
        String gpuModel,
        Integer gpusPerNode,
        Integer nodes,
        Integer minVramGbPerGpu,
        Integer minBandwidthMbps,
        String region,
        Integer maxLatencyMs,
        String service,
        BigDecimal maxPriceUsdPerGpuHour,
        String policy,
        Instant startsAt,
        Long durationSeconds) {
}
