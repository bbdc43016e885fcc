package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.lock.Locks.LockSnapshot;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewardPowerTest {

    private final EpochCalendar calendar = new EpochCalendar(LocalDate.parse("2026-01-01"), LocalTime.parse("00:01"),
            Duration.ofDays(7), Duration.ofMinutes(2));
    private final Epoch epoch = calendar.epoch(10);

    @Test
    void power_is_amount_times_whole_epochs_locked_from_the_epochs_start() {
        RewardPower power = new RewardPower(calendar, LockMultipliers.none());
        LockSnapshot fiveWeeksAndABit = lock(1_000, Duration.ofDays(37));

        assertThat(power.epochsLocked(fiveWeeksAndABit, epoch)).isEqualTo(5);
        assertThat(power.of(fiveWeeksAndABit, epoch)).isEqualTo(BigInteger.valueOf(5_000));
    }

    @Test
    void a_lock_ending_within_the_epoch_counts_one_epoch() {
        RewardPower power = new RewardPower(calendar, LockMultipliers.none());

        assertThat(power.epochsLocked(lock(1_000, Duration.ofDays(3)), epoch)).isEqualTo(1);
        assertThat(power.of(lock(1_000, Duration.ofDays(3)), epoch)).isEqualTo(BigInteger.valueOf(1_000));
    }

    @Test
    void the_multiplier_of_the_locks_bracket_applies_exactly() {
        LockMultipliers multipliers = new LockMultipliers(List.of(
                new LockMultipliers.Bracket(1, BigDecimal.ONE),
                new LockMultipliers.Bracket(26, new BigDecimal("1.5")),
                new LockMultipliers.Bracket(104, new BigDecimal("2.25"))));
        RewardPower power = new RewardPower(calendar, multipliers);

        BigInteger shortLock = power.of(lock(100, Duration.ofDays(7 * 4)), epoch);
        BigInteger halfYear = power.of(lock(100, Duration.ofDays(7 * 26)), epoch);
        BigInteger twoYears = power.of(lock(100, Duration.ofDays(7 * 110)), epoch);

        assertThat(multipliers.multiplierFor(25)).isEqualByComparingTo("1");
        assertThat(multipliers.multiplierFor(26)).isEqualByComparingTo("1.5");
        // Powers carry the multipliers at a common scale (x100), so their ratios are exact.
        assertThat(shortLock).isEqualTo(BigInteger.valueOf(100 * 4 * 100));
        assertThat(halfYear).isEqualTo(BigInteger.valueOf(100 * 26 * 150));
        assertThat(twoYears).isEqualTo(BigInteger.valueOf(100 * 110 * 225));
    }

    @Test
    void every_lock_needs_a_bracket() {
        assertThatThrownBy(() -> new LockMultipliers(List.of(new LockMultipliers.Bracket(4, BigDecimal.TEN))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private LockSnapshot lock(long amount, Duration lockedFor) {
        return new LockSnapshot("0x01", "AI", BigInteger.valueOf(amount), epoch.startsAt().minus(Duration.ofDays(1)),
                epoch.startsAt().plus(lockedFor));
    }
}
