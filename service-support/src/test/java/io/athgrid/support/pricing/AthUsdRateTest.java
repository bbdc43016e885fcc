package io.athgrid.support.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AthUsdRateTest {

    private static final Instant AS_OF = Instant.parse("2026-03-01T12:00:00Z");

    private static AthUsdRate rate(String usdPerAth) {
        return new AthUsdRate(new BigDecimal(usdPerAth), "test", AS_OF);
    }

    @Test
    void converts_usd_to_wei_at_the_rate() {
        assertThat(rate("0.05").toWei(new BigDecimal("1"))).isEqualTo(new BigInteger("20000000000000000000"));
        assertThat(rate("2").toWei(new BigDecimal("3.5"))).isEqualTo(new BigInteger("1750000000000000000"));
    }

    @Test
    void rounds_down_so_the_customer_never_pays_a_fraction_of_a_wei_too_much() {
        // 1 USD / 3 USD per ATH = 0.333... ATH
        assertThat(rate("3").toWei(BigDecimal.ONE)).isEqualTo(new BigInteger("333333333333333333"));
        // 2 USD / 3 USD per ATH = 0.666... ATH: down, not to the nearest
        assertThat(rate("3").toWei(new BigDecimal("2"))).isEqualTo(new BigInteger("666666666666666666"));
    }

    @Test
    void keeps_usd_below_one_wei_at_zero_rather_than_rounding_up() {
        assertThat(rate("1").toWei(new BigDecimal("0.0000000000000000009"))).isZero();
    }

    @Test
    void zero_usd_is_zero_wei() {
        assertThat(rate("0.04").toWei(BigDecimal.ZERO)).isZero();
    }

    @Test
    void refuses_a_negative_usd_amount() {
        assertThatThrownBy(() -> rate("0.04").toWei(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-0.04"})
    void refuses_a_rate_that_is_not_positive(String usdPerAth) {
        assertThatThrownBy(() -> rate(usdPerAth)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requires_rate_source_and_time() {
        assertThatThrownBy(() -> new AthUsdRate(null, "test", AS_OF)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AthUsdRate(BigDecimal.ONE, null, AS_OF)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AthUsdRate(BigDecimal.ONE, "test", null)).isInstanceOf(NullPointerException.class);
    }
}
