package io.athgrid.staking.reward;

import io.athgrid.support.pricing.AthUsdRate;
import java.math.BigInteger;

/**
 * A schedule with the ATH/USD rate locked when it started, so its wei no longer move with the
 * market: {@code totalWei} split evenly per epoch, rounded down, the last epoch taking the remainder,
 * so the epochs sum to the total exactly.
 */
public record LockedSchedule(EmissionSchedule schedule, AthUsdRate rate, BigInteger totalWei) {

    public static LockedSchedule lock(EmissionSchedule schedule, AthUsdRate rate) {
        return new LockedSchedule(schedule, rate, rate.toWei(schedule.totalUsd()));
    }

    public BigInteger perEpochWei() {
        return totalWei.divide(BigInteger.valueOf(schedule.epochs()));
    }

    public BigInteger emissionIn(long epoch) {
        if (!schedule.covers(epoch)) {
            return BigInteger.ZERO;
        }
        if (epoch == schedule.lastEpoch()) {
            return totalWei.subtract(perEpochWei().multiply(BigInteger.valueOf(schedule.epochs() - 1L)));
        }
        return perEpochWei();
    }
}
