package io.athgrid.staking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VestingGrantTest {

    private static final Instant START = Instant.parse("2026-03-05T00:01:00Z");
    private static final String OWNER = "0x00000000000000000000000000000000000000aa";

    @Test
    void a_grant_vests_linearly_from_its_start_to_its_end_rounded_down() {
        VestingGrant grant = grant(BigInteger.valueOf(1_000), Duration.ofDays(90));

        assertThat(grant.vestedAt(START.minusSeconds(1))).isZero();
        assertThat(grant.vestedAt(START)).isZero();
        assertThat(grant.vestedAt(START.plus(Duration.ofDays(30)))).isEqualTo(BigInteger.valueOf(333));
        assertThat(grant.vestedAt(START.plus(Duration.ofDays(45)))).isEqualTo(BigInteger.valueOf(500));
        assertThat(grant.vestedAt(START.plus(Duration.ofDays(90)))).isEqualTo(BigInteger.valueOf(1_000));
        assertThat(grant.vestedAt(START.plus(Duration.ofDays(400)))).isEqualTo(BigInteger.valueOf(1_000));
    }

    @Test
    void a_grant_without_duration_vests_at_its_start() {
        VestingGrant grant = grant(BigInteger.TEN, Duration.ZERO);

        assertThat(grant.vestedAt(START.minusMillis(1))).isZero();
        assertThat(grant.vestedAt(START)).isEqualTo(BigInteger.TEN);
    }

    @Test
    void releasable_is_what_vested_less_what_was_released() {
        VestingGrant grant = new VestingGrant(UUID.randomUUID(), OWNER, Bucket.CLAIMING, null, BigInteger.valueOf(180),
                BigInteger.ZERO, BigInteger.valueOf(50), START, START.plus(Duration.ofDays(180)));

        assertThat(grant.releasableAt(START.plus(Duration.ofDays(60)))).isEqualTo(BigInteger.valueOf(10));
        assertThat(grant.releasableAt(START.plus(Duration.ofDays(10)))).isZero();
    }

    @Test
    void after_a_slash_the_rest_keeps_vesting_on_the_same_curve_and_ends_exactly() {
        VestingGrant slashed = new VestingGrant(UUID.randomUUID(), OWNER, Bucket.VESTING, Origin.PROOF_OF_CAPACITY,
                BigInteger.valueOf(1_000), BigInteger.valueOf(400), BigInteger.valueOf(100), START,
                START.plus(Duration.ofDays(100)));

        assertThat(slashed.unreleasedWei()).isEqualTo(BigInteger.valueOf(500));
        assertThat(slashed.releasableAt(START.plus(Duration.ofDays(50)))).isEqualTo(BigInteger.valueOf(200));
        assertThat(slashed.releasableAt(START.plus(Duration.ofDays(100)))).isEqualTo(BigInteger.valueOf(500));
    }

    @Test
    void releasing_at_every_epoch_end_adds_up_to_the_grant_exactly() {
        VestingGrant grant = grant(new BigInteger("1000000000000000000007"), Duration.ofDays(180));
        BigInteger released = BigInteger.ZERO;
        for (int week = 1; week <= 27; week++) {
            VestingGrant now = new VestingGrant(grant.id(), OWNER, Bucket.VESTING, Origin.PROOF_OF_DELIVERY,
                    grant.amountWei(), BigInteger.ZERO, released, START, grant.endsAt());
            released = released.add(now.releasableAt(START.plus(Duration.ofDays(7L * week))));
        }

        assertThat(released).isEqualTo(grant.amountWei());
    }

    private static VestingGrant grant(BigInteger amount, Duration duration) {
        return VestingGrant.of(UUID.randomUUID(), OWNER, Bucket.VESTING, Origin.PROOF_OF_DELIVERY, amount, START,
                duration);
    }
}
