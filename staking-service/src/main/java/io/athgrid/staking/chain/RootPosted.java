package io.athgrid.staking.chain;

import io.athgrid.chain.ChainChange;
import java.math.BigInteger;

/** RewardDistributor's {@code EpochRootPosted}: the epoch's Merkle root and the total it may pay. */
public record RootPosted(long epoch, String root, BigInteger totalWei) implements ChainChange {
}
