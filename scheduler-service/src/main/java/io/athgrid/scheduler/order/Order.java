package io.athgrid.scheduler.order;

import io.athgrid.support.pricing.AthUsdRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An accepted order as stored: what the customer asked for and the rate locked for it. */
public record Order(
        UUID id,
        String enterpriseId,
        OrderKind kind,
        String gpuModel,
        int gpusPerNode,
        int nodes,
        Integer minVramGbPerGpu,
        Integer minBandwidthMbps,
        String region,
        int maxLatencyMs,
        String service,
        BigDecimal maxPriceUsdPerGpuHour,
        RankingPolicy policy,
        Instant startsAt,
        Long durationSeconds,
        AthUsdRate rate,
        Instant createdAt) {

    /** When a reserved order ends; null for an on-demand order (it ends relative to its first start). */
    public Instant reservedEnd() {
        return kind == OrderKind.RESERVED ? startsAt.plusSeconds(durationSeconds) : null;
    }
}
