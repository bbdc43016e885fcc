package io.athgrid.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceNanosTest {

    @Test
    void prices_with_up_to_nine_decimals_convert_exactly_whatever_their_scale() {
        assertThat(PriceNanos.of(new BigDecimal("2.50"))).isEqualTo(2_500_000_000L);
        assertThat(PriceNanos.of(new BigDecimal("2.5000000000000"))).isEqualTo(2_500_000_000L);
        assertThat(PriceNanos.of(new BigDecimal("0.000000001"))).isEqualTo(1L);
        assertThat(PriceNanos.of(new BigDecimal("1E+3"))).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void a_tenth_decimal_or_a_price_beyond_the_limit_has_no_exact_form() {
        assertThat(PriceNanos.of(new BigDecimal("2.0000000001"))).isEqualTo(PriceNanos.INEXACT);
        assertThat(PriceNanos.of(new BigDecimal("10000000"))).isEqualTo(PriceNanos.INEXACT);
    }

    @Test
    void a_price_is_within_a_limit_exactly_when_its_nanos_are_at_most_the_ceiling() {
        long ceiling = PriceNanos.ceiling(new BigDecimal("2.0000000005"));

        assertThat(PriceNanos.of(new BigDecimal("2.000000000"))).isLessThanOrEqualTo(ceiling);
        assertThat(PriceNanos.of(new BigDecimal("2.000000001"))).isGreaterThan(ceiling);
        assertThat(PriceNanos.ceiling(new BigDecimal("3.00"))).isEqualTo(3_000_000_000L);
        assertThat(PriceNanos.ceiling(new BigDecimal("1E+30"))).isEqualTo(Long.MAX_VALUE);
    }
}
