package io.athgrid.registry.stake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class StakeRequirementTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final BigInteger THOUSAND_ATH = new BigInteger("1000000000000000000000");

    @Test
    void the_requirement_is_k_per_gpu_times_gpus_times_the_coefficient() {
        StakeRequirement requirement = StakeRequirement.compute(MONTH, THOUSAND_ATH, 8, new BigDecimal("1.25"));

        assertThat(requirement.amountWei()).isEqualTo(new BigInteger("10000000000000000000000"));
        assertThat(requirement.kValueWei()).isEqualTo(THOUSAND_ATH);
        assertThat(requirement.stakingCoefficient()).isEqualByComparingTo("1.25");
        assertThat(requirement.month()).isEqualTo(MONTH);
    }

    @Test
    void fractions_of_a_wei_are_rounded_down() {
        StakeRequirement requirement = StakeRequirement.compute(MONTH, BigInteger.TEN, 1, new BigDecimal("0.333"));

        assertThat(requirement.amountWei()).isEqualTo(BigInteger.valueOf(3));
    }

    @Test
    void a_coefficient_of_one_asks_exactly_k_per_gpu() {
        assertThat(StakeRequirement.compute(MONTH, THOUSAND_ATH, 1, BigDecimal.ONE).amountWei())
                .isEqualTo(THOUSAND_ATH);
    }

    @Test
    void negative_inputs_are_refused() {
        assertThatThrownBy(() -> StakeRequirement.compute(MONTH, BigInteger.ONE.negate(), 1, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StakeRequirement.compute(MONTH, BigInteger.ONE, 0, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StakeRequirement.compute(MONTH, BigInteger.ONE, 1, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
