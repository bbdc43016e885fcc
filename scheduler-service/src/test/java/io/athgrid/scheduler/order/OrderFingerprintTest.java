package io.athgrid.scheduler.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderFingerprintTest {

    private static final OrderRequest ORDER = new OrderRequest("RESERVED", "H100_SXM", 8, 2, 80, 1000, "eu-west", 150,
            "vllm", new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L);

    @Test
    void is_sha_256_in_hex_and_the_same_for_the_same_order() {
        assertThat(OrderFingerprint.of(ORDER)).matches("[0-9a-f]{64}").isEqualTo(OrderFingerprint.of(copy(ORDER)));
    }

    @Test
    void a_price_written_with_more_or_fewer_zeros_is_the_same_order() {
        assertThat(OrderFingerprint.of(withPrice(new BigDecimal("2.5")))).isEqualTo(OrderFingerprint.of(ORDER));
        assertThat(OrderFingerprint.of(withPrice(new BigDecimal("2.500000")))).isEqualTo(OrderFingerprint.of(ORDER));
    }

    @Test
    void changing_any_field_or_leaving_it_out_makes_another_order() {
        List<OrderRequest> others = List.of(
                new OrderRequest("ON_DEMAND", "H100_SXM", 8, 2, 80, 1000, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "A100", 8, 2, 80, 1000, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 4, 2, 80, 1000, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 8, 1, 80, 1000, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 8, 2, null, 1000, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 8, 2, 80, null, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 8, 2, 80, 1000, "us-east", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 8, 2, 80, 1000, "eu-west", null, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 8, 2, 80, 1000, "eu-west", 150, "sglang",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                withPrice(new BigDecimal("2.51")),
                new OrderRequest("RESERVED", "H100_SXM", 8, 2, 80, 1000, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), null, Instant.parse("2026-03-02T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 8, 2, 80, 1000, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-03T00:00:00Z"), 86_400L),
                new OrderRequest("RESERVED", "H100_SXM", 8, 2, 80, 1000, "eu-west", 150, "vllm",
                        new BigDecimal("2.50"), "LOWEST_FEE", Instant.parse("2026-03-02T00:00:00Z"), 172_800L));
        Set<String> fingerprints = new HashSet<>();
        fingerprints.add(OrderFingerprint.of(ORDER));
        others.forEach(other -> fingerprints.add(OrderFingerprint.of(other)));
        assertThat(fingerprints).hasSize(others.size() + 1);
    }

    @Test
    void a_value_cannot_pass_for_the_next_field() {
        OrderRequest spliced = new OrderRequest("a;gpuModel=b", null, null, null, null, null, null, null, null, null,
                null, null, null);
        OrderRequest apart = new OrderRequest("a", "b;gpuModel=-", null, null, null, null, null, null, null, null,
                null, null, null);
        assertThat(OrderFingerprint.of(spliced)).isNotEqualTo(OrderFingerprint.of(apart));
    }

    private static OrderRequest withPrice(BigDecimal price) {
        return new OrderRequest(ORDER.kind(), ORDER.gpuModel(), ORDER.gpusPerNode(), ORDER.nodes(),
                ORDER.minVramGbPerGpu(), ORDER.minBandwidthMbps(), ORDER.region(), ORDER.maxLatencyMs(),
                ORDER.service(), price, ORDER.policy(), ORDER.startsAt(), ORDER.durationSeconds());
    }

    private static OrderRequest copy(OrderRequest order) {
        return withPrice(new BigDecimal(order.maxPriceUsdPerGpuHour().toString()));
    }
}
