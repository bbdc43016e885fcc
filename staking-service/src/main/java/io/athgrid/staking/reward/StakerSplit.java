package io.athgrid.staking.reward;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.ledger.ExactSplit;
import io.athgrid.staking.lock.Locks.LockSnapshot;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits a pool's emission of an epoch among its stakers by reward power, exact to the wei. Only
 * stake that stood when the epoch started earns in it: the locks are those standing at the epoch's
 * start, and a lock that started later or had ended by then is left out.
 */
public final class StakerSplit {

    private final RewardPower power;

    public StakerSplit(RewardPower power) {
        this.power = power;
    }

    /** Each holder's share (lower-case address); empty when nobody held power in the pool. */
    public SortedMap<String, BigInteger> split(Epoch epoch, StakingPool pool, BigInteger emissionWei,
            List<LockSnapshot> locks) {
        Map<String, BigInteger> powers = new TreeMap<>();
        for (LockSnapshot lock : locks) {
            if (earns(lock, epoch, pool)) {
                powers.merge(lock.holder().toLowerCase(Locale.ROOT), power.of(lock, epoch), BigInteger::add);
            }
        }
        return ExactSplit.split(emissionWei, powers);
    }

    private static boolean earns(LockSnapshot lock, Epoch epoch, StakingPool pool) {
        return pool.name().equalsIgnoreCase(lock.pool())
                && lock.amountWei().signum() > 0
                && !lock.lockStart().isAfter(epoch.startsAt())
                && lock.unlockTime().isAfter(epoch.startsAt());
    }
}
