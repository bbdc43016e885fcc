package io.athgrid.scheduler.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChargedSpanTest {

    private static final Instant T = Instant.parse("2026-03-01T06:00:00Z");

    private static Interval span(long from, long to) {
        return new Interval(T.plusSeconds(from), T.plusSeconds(to));
    }

    private static ChargedSpan charge(Interval span, List<Interval> refunded) {
        return new ChargedSpan(UUID.randomUUID(), span, BigDecimal.ONE, FeeSplit.of(BigInteger.TEN, 2_000), refunded);
    }

    @Test
    void a_charge_without_refunds_is_left_whole() {
        assertThat(charge(span(0, 100), List.of()).unrefunded()).containsExactly(span(0, 100));
    }

    @Test
    void refunded_parts_are_cut_out_whatever_their_order() {
        ChargedSpan charge = charge(span(0, 100), List.of(span(60, 80), span(10, 20)));

        assertThat(charge.unrefunded()).containsExactly(span(0, 10), span(20, 60), span(80, 100));
    }

    @Test
    void a_suffix_or_the_whole_refunded_leaves_the_rest_or_nothing() {
        assertThat(charge(span(0, 100), List.of(span(40, 100))).unrefunded()).containsExactly(span(0, 40));
        assertThat(charge(span(0, 100), List.of(span(0, 100))).unrefunded()).isEmpty();
        assertThat(charge(span(0, 100), List.of(span(0, 50), span(50, 100))).unrefunded()).isEmpty();
    }

    @Test
    void touching_or_overlapping_refunds_leave_no_slivers() {
        ChargedSpan charge = charge(span(0, 100), List.of(span(0, 30), span(20, 50), span(50, 70)));

        assertThat(charge.unrefunded()).containsExactly(span(70, 100));
    }
}
