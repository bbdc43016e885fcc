package io.athgrid.staking.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class EpochStartsTest {

    // 2026-01-01 is a Thursday.
    private static final Instant THURSDAY_0001 = Instant.parse("2026-01-01T00:01:00Z");
    private final EpochStarts epochs = new EpochStarts(DayOfWeek.THURSDAY, LocalTime.of(0, 1));

    @Test
    void the_next_epoch_starts_on_the_coming_thursday_at_0001_utc() {
        assertThat(epochs.nextAfter(Instant.parse("2025-12-29T15:00:00Z"))).isEqualTo(THURSDAY_0001);
        assertThat(epochs.nextAfter(Instant.parse("2026-01-01T00:00:30Z"))).isEqualTo(THURSDAY_0001);
    }

    @Test
    void at_the_start_of_an_epoch_the_next_one_is_a_week_away() {
        assertThat(epochs.nextAfter(THURSDAY_0001)).isEqualTo(THURSDAY_0001.plus(Duration.ofDays(7)));
        assertThat(epochs.nextAfter(Instant.parse("2026-01-07T23:59:00Z")))
                .isEqualTo(THURSDAY_0001.plus(Duration.ofDays(7)));
    }

    @Test
    void epochs_locked_are_whole_epochs_from_the_next_start_to_the_unlock_time() {
        Instant monday = Instant.parse("2025-12-29T12:00:00Z");

        assertThat(epochs.epochsLockedFromNext(monday, THURSDAY_0001.plus(Duration.ofDays(17)))).isEqualTo(2);
        assertThat(epochs.epochsLockedFromNext(monday, THURSDAY_0001.plus(Duration.ofDays(21)))).isEqualTo(3);
    }

    @Test
    void a_lock_alive_at_the_next_start_counts_at_least_one_epoch() {
        Instant monday = Instant.parse("2025-12-29T12:00:00Z");

        assertThat(epochs.epochsLockedFromNext(monday, THURSDAY_0001.plus(Duration.ofHours(1)))).isEqualTo(1);
    }

    @Test
    void a_lock_ending_before_the_next_start_has_no_epochs_left() {
        Instant monday = Instant.parse("2025-12-29T12:00:00Z");

        assertThat(epochs.epochsLockedFromNext(monday, THURSDAY_0001)).isZero();
        assertThat(epochs.epochsLockedFromNext(monday, monday.minusSeconds(1))).isZero();
    }
}
