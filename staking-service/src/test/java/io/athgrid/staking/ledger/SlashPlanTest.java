package io.athgrid.staking.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlashPlanTest {

    private static final String HOST = "0x00000000000000000000000000000000000000aa";
    private static final Instant WEEK_1 = Instant.parse("2026-01-08T00:01:00Z");

    private final VestingGrant older = grant(Origin.PROOF_OF_CAPACITY, 100, WEEK_1);
    private final VestingGrant newer = grant(Origin.PROOF_OF_DELIVERY, 50, WEEK_1.plus(Duration.ofDays(7)));
    private final VestingGrant fees = grant(Origin.PROVIDER_FEE, 1_000, WEEK_1.plus(Duration.ofDays(7)));
    private final Map<Origin, BigInteger> available = Map.of(Origin.PROOF_OF_CAPACITY, big(30),
            Origin.PROOF_OF_DELIVERY, big(20), Origin.CHECKER, big(500), Origin.STAKER_AI, big(500));

    @Test
    void rewards_still_vesting_are_taken_first_newest_grant_first() {
        SlashPlan plan = SlashPlan.of(HOST, big(120), List.of(older, newer, fees), available);

        assertThat(plan.fromVesting()).extracting(take -> take.grant().id(), SlashPlan.GrantTake::amountWei)
                .containsExactly(tuple(newer.id(), big(50)),
                        tuple(older.id(), big(70)));
        assertThat(plan.fromAvailable()).isEmpty();
        assertThat(plan.fromBondWei()).isZero();
    }

    @Test
    void then_available_container_rewards_capacity_before_delivery_then_the_bond() {
        SlashPlan plan = SlashPlan.of(HOST, big(200), List.of(older, newer, fees), available);

        assertThat(plan.fromRewardsWei()).isEqualTo(big(200));
        assertThat(plan.fromAvailable()).containsExactly(Map.entry(Origin.PROOF_OF_CAPACITY, big(30)),
                Map.entry(Origin.PROOF_OF_DELIVERY, big(20)));
        assertThat(plan.fromBondWei()).isZero();

        SlashPlan larger = SlashPlan.of(HOST, big(1_000), List.of(older, newer, fees), available);
        assertThat(larger.fromRewardsWei()).isEqualTo(big(200));
        assertThat(larger.fromBondWei()).isEqualTo(big(800));
    }

    @Test
    void staker_checker_and_fee_vath_are_never_taken_by_a_container_slash() {
        SlashPlan plan = SlashPlan.of(HOST, big(5_000), List.of(fees), available);

        JournalEntry entry = plan.entry("s-1").orElseThrow();
        assertThat(entry.amountOn(LedgerAccount.available(HOST, Origin.CHECKER))).isZero();
        assertThat(entry.amountOn(LedgerAccount.available(HOST, Origin.STAKER_AI))).isZero();
        assertThat(entry.amountOn(LedgerAccount.vesting(HOST, Origin.PROVIDER_FEE))).isZero();
        assertThat(entry.amountOn(LedgerAccount.slashed(Origin.PROOF_OF_CAPACITY))).isEqualTo(big(30));
        assertThat(plan.fromBondWei()).isEqualTo(big(4_950));
    }

    @Test
    void an_owner_without_container_rewards_is_slashed_from_the_bond_alone() {
        SlashPlan plan = SlashPlan.of(HOST, big(10), List.of(), Map.of());

        assertThat(plan.entry("s-2")).isEmpty();
        assertThat(plan.fromBondWei()).isEqualTo(big(10));
    }

    private static VestingGrant grant(Origin origin, long amount, Instant start) {
        return VestingGrant.of(UUID.randomUUID(), HOST, Bucket.VESTING, origin, big(amount), start, Duration.ofDays(90));
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
