package io.athgrid.chain;

import java.time.Instant;

/**
 * The last block the follower applied: its number, where following continues; its hash, which must
 * still be canonical for what was applied to stand; its time, up to which the mirror is complete.
 * Hash and time are null before the first block.
 */
public record ChainCursor(long blockNumber, String hash, Instant blockTime) {

    /** Before {@code startBlock}: nothing applied yet. */
    public static ChainCursor before(long startBlock) {
        return new ChainCursor(startBlock - 1, null, null);
    }

    public static ChainCursor at(ChainBlock block) {
        return new ChainCursor(block.number(), block.hash(), block.time());
    }
}
