package io.athgrid.scheduler.billing;

import static io.athgrid.scheduler.order.OrderKind.ON_DEMAND;
import static io.athgrid.scheduler.order.OrderKind.RESERVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChargeScheduleTest {

    private static final Instant ANCHOR = Instant.parse("2026-03-01T06:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private final ChargeSchedule schedule = new ChargeSchedule(DAY);

    private static Instant at(long hours) {
        return ANCHOR.plus(Duration.ofHours(hours));
    }

    private static Interval span(Instant start, Instant end) {
        return new Interval(start, end);
    }

    @Nested
    class OnDemand {

        @Test
        void charges_in_arrears_for_the_time_served_since_the_last_charge() {
            Instant lastCharge = ANCHOR.plusSeconds(600);

            assertThat(schedule.due(ON_DEMAND, lastCharge, ANCHOR.plusSeconds(900), ANCHOR, null))
                    .containsExactly(span(lastCharge, ANCHOR.plusSeconds(900)));
        }

        @Test
        void charges_whole_seconds_and_leaves_the_fraction_for_the_next_charge() {
            Instant served = ANCHOR.plusSeconds(65).plusMillis(900);

            assertThat(schedule.due(ON_DEMAND, ANCHOR, served, ANCHOR, null))
                    .containsExactly(span(ANCHOR, ANCHOR.plusSeconds(65)));
        }

        @Test
        void charges_nothing_before_a_whole_second_has_passed() {
            assertThat(schedule.due(ON_DEMAND, ANCHOR, ANCHOR.plusMillis(999), ANCHOR, null)).isEmpty();
            assertThat(schedule.due(ON_DEMAND, ANCHOR, ANCHOR, ANCHOR, null)).isEmpty();
        }

        @Test
        void stops_at_the_order_end() {
            Instant orderEnd = ANCHOR.plusSeconds(3_600);

            assertThat(schedule.due(ON_DEMAND, ANCHOR.plusSeconds(3_000), ANCHOR.plusSeconds(4_000), ANCHOR, orderEnd))
                    .containsExactly(span(ANCHOR.plusSeconds(3_000), orderEnd));
        }

        @Test
        void charges_nothing_once_charged_up_to_the_order_end() {
            Instant orderEnd = ANCHOR.plusSeconds(3_600);

            assertThat(schedule.due(ON_DEMAND, orderEnd, ANCHOR.plusSeconds(4_000), ANCHOR, orderEnd)).isEmpty();
        }

        @Test
        void an_order_end_after_the_served_time_does_not_cap_the_charge() {
            assertThat(schedule.due(ON_DEMAND, ANCHOR, ANCHOR.plusSeconds(100), ANCHOR, at(48)))
                    .containsExactly(span(ANCHOR, ANCHOR.plusSeconds(100)));
        }

        @Test
        void charges_one_span_however_long_was_served_even_across_days() {
            assertThat(schedule.due(ON_DEMAND, at(1), at(50), ANCHOR, null)).containsExactly(span(at(1), at(50)));
        }
    }

    @Nested
    class Reserved {

        @Test
        void charges_the_whole_period_in_advance_as_soon_as_it_has_begun() {
            assertThat(schedule.due(RESERVED, ANCHOR, ANCHOR.plusSeconds(1), ANCHOR, at(72)))
                    .containsExactly(span(ANCHOR, at(24)));
        }

        @Test
        void charges_nothing_more_until_the_next_period_begins() {
            assertThat(schedule.due(RESERVED, at(24), at(24).minusSeconds(1), ANCHOR, at(72))).isEmpty();
            assertThat(schedule.due(RESERVED, at(24), at(24).plusSeconds(1), ANCHOR, at(72)))
                    .containsExactly(span(at(24), at(48)));
        }

        @Test
        void a_lease_starting_within_a_period_is_charged_from_its_start_to_the_period_end() {
            Instant leaseStart = at(5).plusSeconds(17);

            assertThat(schedule.due(RESERVED, leaseStart, leaseStart.plusSeconds(60), ANCHOR, at(72)))
                    .containsExactly(span(leaseStart, at(24)));
        }

        @Test
        void charges_every_period_that_has_begun() {
            assertThat(schedule.due(RESERVED, at(5), at(50), ANCHOR, at(96)))
                    .containsExactly(span(at(5), at(24)), span(at(24), at(48)), span(at(48), at(72)));
        }

        @Test
        void never_charges_beyond_the_order_end() {
            assertThat(schedule.due(RESERVED, at(24), at(30), ANCHOR, at(36)))
                    .containsExactly(span(at(24), at(36)));
            assertThat(schedule.due(RESERVED, ANCHOR, at(100), ANCHOR, at(48)))
                    .containsExactly(span(ANCHOR, at(24)), span(at(24), at(48)));
        }

        @Test
        void charges_nothing_once_charged_to_the_order_end() {
            assertThat(schedule.due(RESERVED, at(48), at(60), ANCHOR, at(48))).isEmpty();
        }
    }

    @Test
    void the_period_containing_an_instant_is_counted_from_the_anchor() {
        assertThat(schedule.period(ANCHOR, ANCHOR)).isEqualTo(span(ANCHOR, at(24)));
        assertThat(schedule.period(ANCHOR, at(23).plusSeconds(3_599))).isEqualTo(span(ANCHOR, at(24)));
        assertThat(schedule.period(ANCHOR, at(24))).isEqualTo(span(at(24), at(48)));
        assertThat(schedule.period(ANCHOR, at(53))).isEqualTo(span(at(48), at(72)));
    }

    @Test
    void an_instant_before_the_anchor_falls_in_an_earlier_period() {
        assertThat(schedule.period(ANCHOR, ANCHOR.minusSeconds(1))).isEqualTo(span(at(-24), ANCHOR));
    }

    @Test
    void the_period_length_is_configurable() {
        ChargeSchedule hourly = new ChargeSchedule(Duration.ofHours(1));

        assertThat(hourly.period(ANCHOR, ANCHOR.plusSeconds(5_400))).isEqualTo(span(at(1), at(2)));
        assertThat(hourly.due(RESERVED, ANCHOR, ANCHOR.plusSeconds(5_400), ANCHOR, at(3)))
                .containsExactly(span(ANCHOR, at(1)), span(at(1), at(2)));
    }

    @Test
    void refuses_a_period_that_is_not_positive() {
        assertThatThrownBy(() -> new ChargeSchedule(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChargeSchedule(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
