package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.lock.Locks.LockSnapshot;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class StakerSplitTest {

    private static final String ALICE = "0x00000000000000000000000000000000000000a1";
    private static final String BOB = "0x00000000000000000000000000000000000000b2";
    private static final String CAROL = "0x00000000000000000000000000000000000000c3";

    private final EpochCalendar calendar = new EpochCalendar(LocalDate.parse("2026-01-01"), LocalTime.parse("00:01"),
            Duration.ofDays(7), Duration.ofMinutes(2));
    private final Epoch epoch = calendar.epoch(4);
    private final StakerSplit split = new StakerSplit(new RewardPower(calendar, LockMultipliers.none()));

    @Test
    void the_pools_emission_is_split_by_reward_power_exact_to_the_wei() {
        List<LockSnapshot> locks = List.of(
                lock(ALICE, "AI", 1_000, weeks(4)),     // power 4,000
                lock(BOB, "AI", 2_000, weeks(1)));      // power 2,000

        SortedMap<String, BigInteger> shares = split.split(epoch, StakingPool.AI, BigInteger.valueOf(1_000), locks);

        assertThat(shares).containsExactly(Map.entry(ALICE, BigInteger.valueOf(667)), Map.entry(BOB,
                BigInteger.valueOf(333)));
    }

    @Test
    void only_stake_standing_when_the_epoch_started_earns_in_it() {
        List<LockSnapshot> locks = List.of(
                lock(ALICE, "AI", 1_000, weeks(4)),
                new LockSnapshot(BOB, "AI", BigInteger.valueOf(9_000), epoch.startsAt().plusSeconds(1),
                        epoch.startsAt().plus(weeks(8))),
                new LockSnapshot(CAROL, "AI", BigInteger.valueOf(9_000), epoch.startsAt().minus(weeks(10)),
                        epoch.startsAt()));

        assertThat(split.split(epoch, StakingPool.AI, BigInteger.valueOf(77), locks))
                .containsExactly(Map.entry(ALICE, BigInteger.valueOf(77)));
    }

    @Test
    void locks_of_the_other_pool_do_not_count_and_a_pool_without_stakers_splits_nothing() {
        List<LockSnapshot> locks = List.of(lock(ALICE, "GAMING", 1_000, weeks(4)));

        assertThat(split.split(epoch, StakingPool.AI, BigInteger.TEN, locks)).isEmpty();
        assertThat(split.split(epoch, StakingPool.GAMING, BigInteger.TEN, locks))
                .containsExactly(Map.entry(ALICE, BigInteger.TEN));
    }

    @Test
    void addresses_are_compared_in_lower_case() {
        List<LockSnapshot> locks = List.of(lock(ALICE.toUpperCase().replace("0X", "0x"), "AI", 10, weeks(2)),
                lock(ALICE, "AI", 10, weeks(2)));

        assertThat(split.split(epoch, StakingPool.AI, BigInteger.valueOf(5), locks))
                .containsExactly(Map.entry(ALICE, BigInteger.valueOf(5)));
    }

    private LockSnapshot lock(String holder, String pool, long amount, Duration remaining) {
        Instant start = epoch.startsAt().minus(Duration.ofDays(3));
        return new LockSnapshot(holder, pool, BigInteger.valueOf(amount), start, epoch.startsAt().plus(remaining));
    }

    private static Duration weeks(int weeks) {
        return Duration.ofDays(7L * weeks);
    }
}
