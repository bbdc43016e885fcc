package io.athgrid.scheduler.order;

import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * An order that passed {@link OrderRules}: every field known and consistent. {@code startsAt} is
 * when the job should be placed (now for on-demand); {@code duration} is null for an open
 * on-demand order.
 */
public record ValidOrder(
        OrderKind kind,
        GpuModel gpuModel,
        int gpusPerNode,
        int nodes,
        Integer minVramGbPerGpu,
        Integer minBandwidthMbps,
        Region region,
        int maxLatencyMs,
        String service,
        BigDecimal maxPriceUsdPerGpuHour,
        RankingPolicy policy,
        Instant startsAt,
        Duration duration) {
}
