package io.athgrid.agent.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.check.CapacityResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CapacityAssessmentTest {

    private static final RegisteredHardware EIGHT_H100 = new RegisteredHardware("H100_SXM", 8, 80);
    private static final BigDecimal REFERENCE = BigDecimal.valueOf(7912);

    @Test
    void the_registered_hardware_at_its_reference_speed_qualifies() {
        CapacityResult result = CapacityAssessment.assess(EIGHT_H100, "H100_SXM", 8, 80, REFERENCE, REFERENCE);

        assertThat(result).isEqualTo(new CapacityResult(true, "H100_SXM", 8, 80, REFERENCE));
    }

    @Test
    void vram_as_the_driver_reports_it_and_more_gpus_than_registered_qualify() {
        assertThat(CapacityAssessment.assess(EIGHT_H100, "H100_SXM", 8, 79, REFERENCE, REFERENCE).qualified()).isTrue();
        assertThat(CapacityAssessment.assess(EIGHT_H100, "H100_SXM", 9, 80, REFERENCE, REFERENCE).qualified()).isTrue();
    }

    @Test
    void fewer_gpus_another_model_or_less_vram_do_not_qualify() {
        assertThat(CapacityAssessment.assess(EIGHT_H100, "H100_SXM", 4, 80, REFERENCE, REFERENCE).qualified()).isFalse();
        assertThat(CapacityAssessment.assess(EIGHT_H100, "H100_PCIE", 8, 80, REFERENCE, REFERENCE).qualified()).isFalse();
        assertThat(CapacityAssessment.assess(EIGHT_H100, "H100_SXM", 8, 40, REFERENCE, REFERENCE).qualified()).isFalse();
    }

    @Test
    void a_benchmark_at_71_percent_of_the_reference_qualifies_and_under_half_does_not() {
        BigDecimal slower = REFERENCE.multiply(new BigDecimal("0.71"));
        BigDecimal underHalf = REFERENCE.multiply(new BigDecimal("0.49"));

        assertThat(CapacityAssessment.assess(EIGHT_H100, "H100_SXM", 8, 80, slower, REFERENCE).qualified()).isTrue();
        assertThat(CapacityAssessment.assess(EIGHT_H100, "H100_SXM", 8, 80, underHalf, REFERENCE).qualified()).isFalse();
    }
}
