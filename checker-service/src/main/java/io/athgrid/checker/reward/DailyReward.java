package io.athgrid.checker.reward;

import java.math.BigInteger;
import java.time.LocalDate;

/** One license's share of one UTC day's checker pool. */
public record DailyReward(long licenseId, LocalDate day, long correctTasks, BigInteger amountWei) {
}
