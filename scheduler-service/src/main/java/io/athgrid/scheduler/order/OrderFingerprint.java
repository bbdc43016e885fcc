package io.athgrid.scheduler.order;

import io.athgrid.support.web.RequestFingerprint;
import java.math.BigDecimal;

/**
 * SHA-256 of an order request as parsed, so a repeat under the same idempotency key can be told
 * apart from a different order. Hashing the parsed request rather than the raw bytes lets a client
 * re-serialise its retry (whitespace, field order, {@code 2.5} or {@code 2.50}) and still be a repeat.
 */
public final class OrderFingerprint {

    private OrderFingerprint() {
    }

    /** 64 lower-case hex digits. */
    public static String of(OrderRequest request) {
        return new RequestFingerprint()
                .field("kind", request.kind())
                .field("gpuModel", request.gpuModel())
                .field("gpusPerNode", request.gpusPerNode())
                .field("nodes", request.nodes())
                .field("minVramGbPerGpu", request.minVramGbPerGpu())
                .field("minBandwidthMbps", request.minBandwidthMbps())
                .field("region", request.region())
                .field("maxLatencyMs", request.maxLatencyMs())
                .field("service", request.service())
                .field("maxPriceUsdPerGpuHour", decimal(request.maxPriceUsdPerGpuHour()))
                .field("policy", request.policy())
                .field("startsAt", request.startsAt())
                .field("durationSeconds", request.durationSeconds())
                .sha256Hex();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
