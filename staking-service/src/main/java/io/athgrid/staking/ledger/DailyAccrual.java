package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.time.LocalDate;

/** What an account accrued of one kind on one UTC day (the day the ledger booked it). */
public record DailyAccrual(LocalDate day, RewardKind kind, BigInteger amountWei) {
}
