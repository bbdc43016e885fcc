package io.athgrid.indexer.matching;

import io.athgrid.protocol.container.GpuModel;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a customer's job needs: {@code nodes} containers, each with {@code gpusPerNode} GPUs of
 * one model on one node, the service pre-installed, within a latency of the customer's region and
 * a price per GPU-hour, ranked by a policy. Optional minimums are null when not asked for.
 */
public record MatchRequest(
        GpuModel gpuModel,
        int gpusPerNode,
        int nodes,
        Integer minVramGbPerGpu,
        Integer minBandwidthMbps,
        Region region,
        int maxLatencyMs,
        String service,
        BigDecimal maxPriceUsdPerGpuHour,
        RankingPolicy policy) {

    public MatchRequest {
        Objects.requireNonNull(gpuModel, "gpuModel");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(maxPriceUsdPerGpuHour, "maxPriceUsdPerGpuHour");
        Objects.requireNonNull(policy, "policy");
        if (gpusPerNode < 1 || nodes < 1 || maxLatencyMs < 0) {
            throw new IllegalArgumentException("counts must be positive and the latency limit not negative");
        }
    }
}
