package io.athgrid.staking.chain;

import io.athgrid.chain.ChainChange;
import java.math.BigInteger;

/** RewardDistributor's {@code RewardClaimed}: the account was paid its leaf of the epoch. */
public record ClaimSeen(long epoch, String account, BigInteger amountWei) implements ChainChange {
}
