package io.athgrid.checker.reward;

import java.math.BigInteger;

/** One license's share of a quarter's bonus pool, and the base reward it was weighed by. */
public record BonusReward(long licenseId, BigInteger baseRewardWei, BigInteger amountWei) {
}
