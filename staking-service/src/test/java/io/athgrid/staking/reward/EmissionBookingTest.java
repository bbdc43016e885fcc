package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.ledger.Accrual;
import io.athgrid.staking.ledger.EmissionResult;
import io.athgrid.staking.ledger.JournalEntry;
import io.athgrid.staking.ledger.LedgerAccount;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.staking.ledger.RewardKind;
import io.athgrid.staking.ledger.VestingGrant;
import io.athgrid.staking.ledger.VestingPlan;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EmissionBookingTest {

    private static final String ALICE = "0x00000000000000000000000000000000000000a1";
    private static final String HOST = "0x00000000000000000000000000000000000000d1";

    private final Epoch epoch = new EpochCalendar(LocalDate.parse("2026-01-01"), LocalTime.parse("00:01"),
            Duration.ofDays(7), Duration.ofMinutes(2)).epoch(2);
    private final EmissionBooking booking = new EmissionBooking(new VestingPlan(List.of(
            new VestingPlan.Tranche(3000, Duration.ZERO), new VestingPlan.Tranche(3000, Duration.ofDays(90)),
            new VestingPlan.Tranche(4000, Duration.ofDays(180)))));

    @Test
    void staker_rewards_are_available_at_once_and_accrue_per_pool() {
        TreeMap<String, BigInteger> shares = new TreeMap<>();
        shares.put(ALICE, BigInteger.valueOf(100));

        EmissionResult result = booking.staker(epoch, StakingPool.AI, BigInteger.valueOf(100), shares);

        JournalEntry entry = result.entry().orElseThrow();
        assertThat(entry.key()).isEqualTo("emission:2:STAKER_AI");
        assertThat(entry.amountOn(LedgerAccount.available(ALICE, Origin.STAKER_AI))).isEqualTo(BigInteger.valueOf(100));
        assertThat(entry.amountOn(LedgerAccount.source(Origin.STAKER_AI))).isEqualTo(BigInteger.valueOf(-100));
        assertThat(result.accruals()).containsExactly(new Accrual(2, ALICE, RewardKind.STAKER, "AI",
                BigInteger.valueOf(100)));
        assertThat(result.returnedWei()).isZero();
    }

    @Test
    void host_rewards_are_30_percent_available_and_the_rest_vests_from_the_epochs_end() {
        TreeMap<ContainerShare, BigInteger> shares = new TreeMap<>();
        shares.put(new ContainerShare("c-1", HOST), BigInteger.valueOf(1_000));

        EmissionResult result = booking.containers(epoch, Origin.PROOF_OF_CAPACITY, BigInteger.valueOf(1_000), shares);

        JournalEntry entry = result.entry().orElseThrow();
        assertThat(entry.amountOn(LedgerAccount.available(HOST, Origin.PROOF_OF_CAPACITY)))
                .isEqualTo(BigInteger.valueOf(300));
        assertThat(entry.amountOn(LedgerAccount.vesting(HOST, Origin.PROOF_OF_CAPACITY)))
                .isEqualTo(BigInteger.valueOf(700));
        assertThat(result.grants()).extracting(VestingGrant::amountWei, VestingGrant::startsAt, VestingGrant::endsAt)
                .containsExactly(
                        tuple(BigInteger.valueOf(300), epoch.endsAt(),
                                epoch.endsAt().plus(Duration.ofDays(90))),
                        tuple(BigInteger.valueOf(400), epoch.endsAt(),
                                epoch.endsAt().plus(Duration.ofDays(180))));
        assertThat(result.accruals()).containsExactly(new Accrual(2, HOST, RewardKind.PROOF_OF_CAPACITY, "c-1",
                BigInteger.valueOf(1_000)));
    }

    @Test
    void an_epoch_nobody_earned_in_returns_its_emission() {
        EmissionResult result = booking.staker(epoch, StakingPool.GAMING, BigInteger.valueOf(500), new TreeMap<>());

        assertThat(result.accruedWei()).isZero();
        assertThat(result.returnedWei()).isEqualTo(BigInteger.valueOf(500));
        assertThat(result.entry().orElseThrow().amountOn(LedgerAccount.returned(Origin.STAKER_GAMING)))
                .isEqualTo(BigInteger.valueOf(500));
        assertThat(result.accruals()).isEmpty();
    }

    @Test
    void repeating_a_close_gives_the_same_grant_ids() {
        TreeMap<ContainerShare, BigInteger> shares = new TreeMap<>();
        shares.put(new ContainerShare("c-1", HOST), BigInteger.valueOf(10));

        assertThat(booking.containers(epoch, Origin.PROOF_OF_DELIVERY, BigInteger.TEN, shares).grants())
                .extracting(VestingGrant::id)
                .isEqualTo(booking.containers(epoch, Origin.PROOF_OF_DELIVERY, BigInteger.TEN, shares).grants().stream()
                        .map(VestingGrant::id).toList());
    }
}
