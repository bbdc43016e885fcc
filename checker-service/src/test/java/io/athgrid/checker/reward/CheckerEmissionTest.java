package io.athgrid.checker.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CheckerEmissionTest {

    private static final BigInteger ATH = BigInteger.TEN.pow(18);

    @Test
    void ten_percent_of_42_billion_over_four_years_is_about_2_87_million_ath_a_day() {
        BigInteger daily = CheckerEmission.defaults().dailyPoolWei();

        // 4.2e27 wei / 1460 days, rounded down to the wei
        assertThat(daily).isEqualTo(new BigInteger("2876712328767123287671232"));
        assertThat(daily.divide(ATH)).isEqualTo(BigInteger.valueOf(2_876_712));
    }

    @Test
    void five_percent_over_sixteen_quarters_is_131_25_million_ath_a_quarter() {
        assertThat(CheckerEmission.defaults().quarterlyBonusPoolWei())
                .isEqualTo(BigInteger.valueOf(131_250_000L).multiply(ATH));
    }

    @Test
    void the_pools_cannot_take_more_than_the_supply() {
        assertThatThrownBy(() -> new CheckerEmission(ATH, 9_000, 1_001, 4, 365))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
