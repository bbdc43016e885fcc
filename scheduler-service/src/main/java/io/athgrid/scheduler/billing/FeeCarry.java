package io.athgrid.scheduler.billing;

import java.math.BigInteger;

/**
 * One container's provider fees for one UTC day. Refunds can exceed a day's charges (a reserved
 * period charged yesterday, refunded today); such a day accrues nothing and carries its deficit
 * into the next day, so what accrues over time is exactly charges less refunds.
 *
 * @param accruedWei what the day accrues, never negative
 * @param carryWei   the deficit carried on, never positive
 */
public record FeeCarry(BigInteger accruedWei, BigInteger carryWei) {

    public FeeCarry {
        if (accruedWei.signum() < 0 || carryWei.signum() > 0) {
            throw new IllegalArgumentException("accrued fees are not negative and a carry is not positive");
        }
    }

    /** The day's net provider fees (charges less refunds) plus the deficit carried from before. */
    public static FeeCarry of(BigInteger dayNetWei, BigInteger previousCarryWei) {
        BigInteger total = dayNetWei.add(previousCarryWei);
        return total.signum() > 0 ? new FeeCarry(total, BigInteger.ZERO) : new FeeCarry(BigInteger.ZERO, total);
    }
}
