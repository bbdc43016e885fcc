package io.athgrid.staking.lock;

import io.athgrid.chain.ChainChange;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A StakingPools log about one holder's lock in one pool.
 *
 * @param deltaWei   what the log added: the amount for LOCKED, the addition for INCREASED, zero for
 *                   EXTENDED, minus the amount for WITHDRAWN
 * @param amountWei  the lock's amount after the log (zero once WITHDRAWN)
 * @param lockStart  when the lock began; only StakeLocked says so, null for the other kinds
 * @param unlockTime the lock's unlock time after the log
 */
public record LockChange(String holder, Pool pool, Kind kind, BigInteger deltaWei, BigInteger amountWei,
        Instant lockStart, Instant unlockTime) implements ChainChange {

    public enum Kind {
        LOCKED,
        INCREASED,
        EXTENDED,
        WITHDRAWN
    }
}
