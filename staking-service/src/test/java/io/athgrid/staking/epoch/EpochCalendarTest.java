package io.athgrid.staking.epoch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class EpochCalendarTest {

    private final EpochCalendar calendar = new EpochCalendar(LocalDate.parse("2026-01-01"), LocalTime.parse("00:01"),
            Duration.ofDays(7), Duration.ofMinutes(2));

    @Test
    void epoch_zero_runs_from_the_genesis_thursday_0001_and_is_displayed_to_wednesday_2359() {
        Epoch zero = calendar.epoch(0);

        assertThat(zero.startsAt()).isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
        assertThat(zero.displayedEnd()).isEqualTo(Instant.parse("2026-01-07T23:59:00Z"));
        assertThat(zero.endsAt()).isEqualTo(Instant.parse("2026-01-08T00:01:00Z"));
        assertThat(calendar.epoch(1).startsAt()).isEqualTo(zero.endsAt());
    }

    @Test
    void the_two_minutes_after_the_displayed_end_still_belong_to_the_epoch() {
        assertThat(calendar.numberAt(Instant.parse("2026-01-07T23:58:59Z"))).isZero();
        assertThat(calendar.numberAt(Instant.parse("2026-01-07T23:59:30Z"))).isZero();
        assertThat(calendar.numberAt(Instant.parse("2026-01-08T00:00:59.999Z"))).isZero();
        assertThat(calendar.numberAt(Instant.parse("2026-01-08T00:01:00Z"))).isEqualTo(1);
    }

    @Test
    void every_instant_falls_in_exactly_one_epoch() {
        Epoch epoch = calendar.epoch(46);
        for (Instant at = epoch.startsAt(); at.isBefore(epoch.endsAt()); at = at.plus(Duration.ofMinutes(37))) {
            assertThat(calendar.numberAt(at)).isEqualTo(46);
            assertThat(epoch.contains(at)).isTrue();
            assertThat(calendar.epoch(45).contains(at) || calendar.epoch(47).contains(at)).isFalse();
        }
        assertThat(epoch.startsAt()).isEqualTo(Instant.parse("2026-11-19T00:01:00Z"));
    }

    @Test
    void instants_before_genesis_have_negative_numbers_and_are_shown_as_epoch_zero() {
        Instant before = Instant.parse("2025-12-31T12:00:00Z");

        assertThat(calendar.numberAt(before)).isEqualTo(-1);
        assertThat(calendar.epochAt(before).number()).isZero();
    }

    @Test
    void whole_epochs_between_two_instants_are_rounded_down() {
        Instant start = calendar.epoch(3).startsAt();

        assertThat(calendar.wholeEpochsBetween(start, start.plus(Duration.ofDays(20)))).isEqualTo(2);
        assertThat(calendar.wholeEpochsBetween(start, start.plus(Duration.ofDays(21)))).isEqualTo(3);
        assertThat(calendar.wholeEpochsBetween(start, start.minusSeconds(1))).isZero();
    }

    @Test
    void genesis_must_be_a_thursday() {
        assertThatThrownBy(() -> new EpochCalendar(LocalDate.parse("2026-01-02"), LocalTime.parse("00:01"),
                Duration.ofDays(7), Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FRIDAY");
    }

    @Test
    void a_lock_counts_whole_epochs_from_the_next_start_to_its_unlock_time() {
        Instant monday = Instant.parse("2026-01-05T12:00:00Z");
        Instant nextStart = Instant.parse("2026-01-08T00:01:00Z");

        assertThat(calendar.epochsLockedInNext(monday, nextStart.plus(Duration.ofDays(17)))).isEqualTo(2);
        assertThat(calendar.epochsLockedInNext(monday, nextStart.plus(Duration.ofDays(21)))).isEqualTo(3);
        assertThat(calendar.epochsLockedInNext(nextStart, nextStart.plus(Duration.ofDays(21))))
                .as("at a start, the next epoch is a week away").isEqualTo(2);
    }

    @Test
    void a_lock_alive_at_the_next_start_counts_one_epoch_and_one_ending_before_it_none() {
        Instant monday = Instant.parse("2026-01-05T12:00:00Z");
        Instant nextStart = Instant.parse("2026-01-08T00:01:00Z");

        assertThat(calendar.epochsLockedInNext(monday, nextStart.plus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(calendar.epochsLockedInNext(monday, nextStart)).isZero();
        assertThat(calendar.epochsLockedInNext(Instant.parse("2025-12-29T12:00:00Z"),
                Instant.parse("2026-01-15T00:01:00Z"))).as("before genesis, epoch 0 is next").isEqualTo(2);
    }
}
