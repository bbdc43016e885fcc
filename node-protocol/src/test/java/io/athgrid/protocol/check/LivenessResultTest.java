package io.athgrid.protocol.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class LivenessResultTest {

    private static LivenessResult reachable(String loss, long durationMs) {
        return new LivenessResult(true, new BigDecimal(loss), durationMs);
    }

    @Test
    void the_canonical_form_carries_bands_in_a_fixed_order() {
        assertThat(reachable("12.5", 1_400).canonical())
                .isEqualTo("athgrid-check/1;kind=LIVENESS;reachable=true;loss=10;duration=1000");
    }

    @Test
    void the_result_hash_is_keccak256_of_the_utf8_canonical_form() {
        LivenessResult result = reachable("0", 80);

        assertThat(result.resultHash()).matches("0x[0-9a-f]{64}").isEqualTo(Numeric.toHexString(
                Hash.sha3(result.canonical().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void checkers_in_other_regions_measuring_slightly_different_numbers_agree() {
        assertThat(reachable("0", 35).resultHash())
                .isEqualTo(reachable("2.5", 310).resultHash())
                .isEqualTo(reachable("9.9", 999).resultHash());
    }

    @Test
    void a_different_band_is_a_different_result() {
        String healthy = reachable("0", 120).resultHash();

        assertThat(reachable("10", 120).resultHash()).isNotEqualTo(healthy);
        assertThat(reachable("0", 1_000).resultHash()).isNotEqualTo(healthy);
        assertThat(LivenessResult.unreachable(120).resultHash()).isNotEqualTo(healthy);
    }

    @Test
    void an_unreachable_container_is_the_same_result_whatever_else_was_measured() {
        assertThat(new LivenessResult(false, new BigDecimal("3"), 15_000).canonical())
                .isEqualTo(LivenessResult.unreachable(2_000).canonical())
                .isEqualTo("athgrid-check/1;kind=LIVENESS;reachable=false");
    }

    @Test
    void the_hash_of_an_unreachable_container_is_pinned_so_that_the_canonical_form_cannot_drift() {
        // Checker clients in other languages hash the same text; a change here is a protocol change.
        assertThat(LivenessResult.unreachable(0).resultHash())
                .isEqualTo("0xf310bed9918124a90682b57b93cde011b0b9cad10ae2fc24fcb6fc917f57989b");
    }

    @Test
    void refuses_impossible_measurements() {
        assertThatThrownBy(() -> reachable("100.1", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reachable("-1", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reachable("0", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
