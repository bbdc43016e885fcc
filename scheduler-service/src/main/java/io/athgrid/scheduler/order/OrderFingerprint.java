package io.athgrid.scheduler.order;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        StringBuilder canonical = new StringBuilder();
        field(canonical, "kind", request.kind());
        field(canonical, "gpuModel", request.gpuModel());
        field(canonical, "gpusPerNode", request.gpusPerNode());
        field(canonical, "nodes", request.nodes());
        field(canonical, "minVramGbPerGpu", request.minVramGbPerGpu());
        field(canonical, "minBandwidthMbps", request.minBandwidthMbps());
        field(canonical, "region", request.region());
        field(canonical, "maxLatencyMs", request.maxLatencyMs());
        field(canonical, "service", request.service());
        field(canonical, "maxPriceUsdPerGpuHour", decimal(request.maxPriceUsdPerGpuHour()));
        field(canonical, "policy", request.policy());
        field(canonical, "startsAt", request.startsAt());
        field(canonical, "durationSeconds", request.durationSeconds());
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Length-prefixed, so no value can pass for another field's; null differs from every value. */
    private static void field(StringBuilder canonical, String name, Object value) {
        canonical.append(name).append('=');
        if (value == null) {
            canonical.append('-');
        } else {
            String text = value.toString();
            canonical.append(text.length()).append(':').append(text);
        }
        canonical.append(';');
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
