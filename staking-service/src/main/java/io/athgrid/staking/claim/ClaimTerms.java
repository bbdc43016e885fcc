package io.athgrid.staking.claim;

import java.math.BigInteger;
import java.time.Duration;

/**
 * The claim rules' numbers: the smallest claim (30 vATH), how long a vesting claim runs (180 days),
 * how long a quick claim runs (30 days) and the share of it that is paid out (2500 bp = 25 %).
 */
public record ClaimTerms(BigInteger minimumWei, Duration vestingDuration, Duration quickDuration,
        int quickPayableBasisPoints) {

    public ClaimTerms {
        if (minimumWei.signum() <= 0 || vestingDuration.isNegative() || quickDuration.isNegative()
                || quickPayableBasisPoints <= 0 || quickPayableBasisPoints > 10_000) {
            throw new IllegalArgumentException("claim terms: positive minimum, durations >= 0, share 1 .. 10000 bp");
        }
    }

    public Duration durationOf(ClaimOption option) {
        return option == ClaimOption.VEST_180_DAYS ? vestingDuration : quickDuration;
    }

    /** What of {@code amountWei} the claim pays out (rounded down); the rest returns to the pools. */
    public BigInteger payableOf(ClaimOption option, BigInteger amountWei) {
        if (option == ClaimOption.VEST_180_DAYS) {
            return amountWei;
        }
        return amountWei.multiply(BigInteger.valueOf(quickPayableBasisPoints)).divide(BigInteger.valueOf(10_000));
    }
}
