package io.athgrid.staking.reward;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.lock.Locks.LockSnapshot;
import java.math.BigInteger;

/**
 * A lock's weight in its pool's split of an epoch: amount x epochs locked x the multiplier of its
 * bracket. Epochs locked are the whole epochs from the epoch's start to the unlock time, at least 1.
 */
public final class RewardPower {

    private final EpochCalendar calendar;
    private final LockMultipliers multipliers;

    public RewardPower(EpochCalendar calendar, LockMultipliers multipliers) {
        this.calendar = calendar;
        this.multipliers = multipliers;
    }

    public long epochsLocked(LockSnapshot lock, Epoch epoch) {
        return Math.max(1, calendar.wholeEpochsBetween(epoch.startsAt(), lock.unlockTime()));
    }

    public BigInteger of(LockSnapshot lock, Epoch epoch) {
        long epochs = epochsLocked(lock, epoch);
        return lock.amountWei().multiply(BigInteger.valueOf(epochs)).multiply(multipliers.scaledFor(epochs));
    }
}
