package io.athgrid.indexer.reservation;

import java.math.BigDecimal;

/**
 * The body of {@code POST /reservations} and the parameters of {@code GET /matches/preview}
 * (which ignores {@code jobId} and {@code leaseSeconds}). Everything arrives unchecked;
 * {@link ReservationRules} turns it into a valid request or a list of field errors.
 */
public record ReservationRequest(
        String jobId,
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
        Long leaseSeconds) {
}
