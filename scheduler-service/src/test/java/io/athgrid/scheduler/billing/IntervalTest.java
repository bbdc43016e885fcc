package io.athgrid.scheduler.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void measures_its_length_in_whole_seconds() {
        assertThat(new Interval(T0, T0.plusSeconds(90)).seconds()).isEqualTo(90);
        assertThat(new Interval(T0, T0.plusMillis(2_999)).seconds()).isEqualTo(2);
        assertThat(new Interval(T0, T0.plusMillis(500)).seconds()).isZero();
    }

    @Test
    void contains_its_start_but_not_its_end() {
        Interval interval = new Interval(T0, T0.plusSeconds(60));

        assertThat(interval.contains(T0)).isTrue();
        assertThat(interval.contains(T0.plusSeconds(30))).isTrue();
        assertThat(interval.contains(T0.plusSeconds(60).minusNanos(1))).isTrue();
        assertThat(interval.contains(T0.plusSeconds(60))).isFalse();
        assertThat(interval.contains(T0.minusNanos(1))).isFalse();
    }

    @Test
    void must_end_after_it_starts() {
        assertThatThrownBy(() -> new Interval(T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interval(T0, T0.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
