package io.athgrid.protocol.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CapacityResultTest {

    private static CapacityResult h100s(boolean qualified, int count, int vram, String score) {
        return new CapacityResult(qualified, "H100_SXM", count, vram, new BigDecimal(score));
    }

    @Test
    void the_canonical_form_carries_model_count_vram_step_and_benchmark_band() {
        assertThat(h100s(true, 8, 79, "101200").canonical())
                .isEqualTo("athgrid-check/1;kind=CAPACITY;qualified=true;gpuModel=H100_SXM;gpuCount=8;vram=80;benchmark=34");
    }

    @Test
    void two_honest_benchmarks_of_one_machine_agree() {
        assertThat(h100s(true, 8, 79, "101200").resultHash()).isEqualTo(h100s(true, 8, 80, "98500.5").resultHash());
    }

    @Test
    void a_missing_gpu_another_model_or_half_the_speed_is_another_result() {
        String honest = h100s(true, 8, 80, "100000").resultHash();

        assertThat(h100s(true, 7, 80, "100000").resultHash()).isNotEqualTo(honest);
        assertThat(new CapacityResult(true, "A100", 8, 80, new BigDecimal("100000")).resultHash())
                .isNotEqualTo(honest);
        assertThat(h100s(true, 8, 80, "50000").resultHash()).isNotEqualTo(honest);
        assertThat(h100s(false, 8, 80, "100000").resultHash()).isNotEqualTo(honest);
    }

    @Test
    void a_model_name_cannot_smuggle_separators_into_the_canonical_form() {
        assertThatThrownBy(() -> new CapacityResult(true, "H100;gpuCount=8", 1, 80, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h100s(true, -1, 80, "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
