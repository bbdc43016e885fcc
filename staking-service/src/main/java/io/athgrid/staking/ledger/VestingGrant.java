package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An amount that vests linearly from {@code startsAt} to {@code endsAt} (at once when they are
 * equal): host rewards and provider fees in a wallet's VESTING bucket, claims in its CLAIMING
 * bucket. A slash lowers what the grant is worth; what is left keeps vesting on the same curve.
 */
public record VestingGrant(UUID id, String owner, Bucket bucket, Origin origin, BigInteger amountWei,
        BigInteger slashedWei, BigInteger releasedWei, Instant startsAt, Instant endsAt) {

    public VestingGrant {
        Objects.requireNonNull(id, "id");
        owner = owner.toLowerCase(Locale.ROOT);
        if (bucket != Bucket.VESTING && bucket != Bucket.CLAIMING) {
            throw new IllegalArgumentException("grants vest in VESTING or CLAIMING, not " + bucket);
        }
        if (bucket == Bucket.VESTING && origin == null) {
            throw new IllegalArgumentException("vesting rewards keep their origin");
        }
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("a grant ends after it starts");
        }
        if (amountWei.signum() <= 0 || slashedWei.signum() < 0 || releasedWei.signum() < 0
                || slashedWei.add(releasedWei).compareTo(amountWei) > 0) {
            throw new IllegalArgumentException("released and slashed cannot exceed the grant");
        }
    }

    /** A new grant: nothing released or slashed yet. */
    public static VestingGrant of(UUID id, String owner, Bucket bucket, Origin origin, BigInteger amountWei,
            Instant startsAt, Duration duration) {
        return new VestingGrant(id, owner, bucket, origin, amountWei, BigInteger.ZERO, BigInteger.ZERO, startsAt,
                startsAt.plus(duration));
    }

    /** What the grant is worth after slashes. */
    public BigInteger effectiveWei() {
        return amountWei.subtract(slashedWei);
    }

    /** Neither released nor slashed yet: what a slash may still take. */
    public BigInteger unreleasedWei() {
        return effectiveWei().subtract(releasedWei);
    }

    /** Vested by {@code at}, rounded down to the wei; all of it from {@code endsAt} on. */
    public BigInteger vestedAt(Instant at) {
        if (!at.isBefore(endsAt)) {
            return effectiveWei();
        }
        if (!at.isAfter(startsAt)) {
            return BigInteger.ZERO;
        }
        long elapsed = Duration.between(startsAt, at).toMillis();
        long duration = Duration.between(startsAt, endsAt).toMillis();
        return effectiveWei().multiply(BigInteger.valueOf(elapsed)).divide(BigInteger.valueOf(duration));
    }

    /** Vested by {@code at} and not released yet. */
    public BigInteger releasableAt(Instant at) {
        return vestedAt(at).subtract(releasedWei).max(BigInteger.ZERO);
    }
}
