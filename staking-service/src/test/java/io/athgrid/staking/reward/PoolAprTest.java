package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PoolAprTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration YEAR = Duration.ofDays(365);

    @Test
    void apr_is_the_epoch_emission_annualised_over_what_is_locked() {
        // 25 M ATH a week over 600 M ATH locked: 25 x 365/7 / 600 = 2.17261904...
        BigInteger emission = ath(25_000_000);
        BigInteger locked = ath(600_000_000);

        assertThat(PoolApr.of(emission, locked, WEEK, YEAR)).hasValueSatisfying(
                apr -> assertThat(apr).isEqualByComparingTo("2.17261904"));
    }

    @Test
    void apr_is_an_exact_decimal_rounded_down_at_eight_places() {
        assertThat(PoolApr.of(BigInteger.ONE, BigInteger.valueOf(3), WEEK, Duration.ofDays(7)))
                .hasValueSatisfying(apr -> assertThat(apr.toPlainString()).isEqualTo("0.33333333"));
    }

    @Test
    void a_pool_with_nothing_locked_has_no_apr() {
        assertThat(PoolApr.of(ath(1), BigInteger.ZERO, WEEK, YEAR)).isEmpty();
    }

    private static BigInteger ath(long ath) {
        return BigInteger.valueOf(ath).multiply(BigInteger.TEN.pow(18));
    }
}
