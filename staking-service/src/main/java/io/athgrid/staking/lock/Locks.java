package io.athgrid.staking.lock;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/** The staking pools' locks as mirrored from confirmed chain events. */
public interface Locks {

    /**
     * Every lock as it stood at {@code instant}: only what was locked (or added) on chain at or
     * before it, with the amount and unlock time it had then; locks that had expired or been
     * withdrawn by then are left out. Ordered by holder, then pool.
     */
    List<LockSnapshot> asOf(Instant instant);

    /**
     * Whether {@link #asOf} is final for {@code instant}: every block up to it is confirmed and
     * mirrored. False while the mirror lags behind the chain, or confirmations are still missing.
     */
    boolean completeAt(Instant instant);

    /** One holder's lock in one pool ({@code AI} or {@code GAMING}) at a moment; amount in wei. */
    record LockSnapshot(String holder, String pool, BigInteger amountWei, Instant lockStart, Instant unlockTime) {
    }
}
