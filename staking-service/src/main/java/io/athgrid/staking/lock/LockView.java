package io.athgrid.staking.lock;

import java.time.Instant;
import java.util.List;

/**
 * A holder's locks as the API shows them.
 *
 * @param holder lower-case 0x address
 * @param locks  one per pool the holder has locked in
 */
public record LockView(String holder, List<PoolLock> locks) {

    /**
     * @param amountWei             wei of ATH, as a string (beyond what JSON numbers carry exactly)
     * @param epochsLockedRemaining the lock's "epochs locked" in the next epoch (0 when it ends before)
     * @param unlocked              the unlock time has passed: the holder may withdraw
     */
    public record PoolLock(String pool, String amountWei, Instant lockStart, Instant unlockTime,
            long epochsLockedRemaining, boolean unlocked) {
    }
}
