package io.athgrid.staking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VestingReleaseTest {

    private static final Instant START = Instant.parse("2026-03-05T00:01:00Z");
    private static final String HOST = "0x00000000000000000000000000000000000000aa";
    private static final String STAKER = "0x00000000000000000000000000000000000000bb";

    @Test
    void vested_rewards_become_available_and_released_claims_become_the_epochs_payouts() {
        VestingGrant hostReward = VestingGrant.of(UUID.randomUUID(), HOST, Bucket.VESTING, Origin.PROOF_OF_CAPACITY,
                BigInteger.valueOf(900), START, Duration.ofDays(90));
        VestingGrant claim = VestingGrant.of(UUID.randomUUID(), STAKER, Bucket.CLAIMING, null,
                BigInteger.valueOf(1_800), START, Duration.ofDays(180));
        VestingGrant later = VestingGrant.of(UUID.randomUUID(), STAKER, Bucket.CLAIMING, null, BigInteger.TEN,
                START.plus(Duration.ofDays(40)), Duration.ofDays(30));

        VestingRelease release = VestingRelease.upTo(9, START.plus(Duration.ofDays(30)), List.of(hostReward, claim, later));

        JournalEntry entry = release.entry().orElseThrow();
        assertThat(entry.key()).isEqualTo("release:9");
        assertThat(entry.amountOn(LedgerAccount.available(HOST, Origin.PROOF_OF_CAPACITY))).isEqualTo(
                BigInteger.valueOf(300));
        assertThat(entry.amountOn(LedgerAccount.vesting(HOST, Origin.PROOF_OF_CAPACITY))).isEqualTo(
                BigInteger.valueOf(-300));
        assertThat(entry.amountOn(LedgerAccount.payout(STAKER))).isEqualTo(BigInteger.valueOf(300));
        assertThat(release.payouts()).containsExactly(Map.entry(STAKER, BigInteger.valueOf(300)));
        assertThat(release.releasedByGrant()).containsOnlyKeys(hostReward.id(), claim.id());
    }

    @Test
    void nothing_vested_releases_nothing() {
        VestingGrant claim = VestingGrant.of(UUID.randomUUID(), STAKER, Bucket.CLAIMING, null, BigInteger.TEN, START,
                Duration.ofDays(30));

        VestingRelease release = VestingRelease.upTo(3, START, List.of(claim));

        assertThat(release.entry()).isEmpty();
        assertThat(release.payouts()).isEmpty();
    }
}
