package io.athgrid.chain;

import java.util.Optional;

/** Blocks {@code from} to {@code to}, both included, read and applied together. */
public record BlockRange(long from, long to) {

    public BlockRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a block range: " + from + ".." + to);
        }
    }

    /**
     * The next blocks to apply after {@code cursor}: only confirmed ones, at most {@code maxBlocks}.
     * A block is confirmed once {@code confirmations} blocks are on top of it, so the newest one
     * that may be applied is {@code head - confirmations}. Empty when nothing new is confirmed.
     */
    public static Optional<BlockRange> next(long cursor, long head, int confirmations, int maxBlocks) {
        long confirmed = confirmedHead(head, confirmations);
        if (confirmed <= cursor) {
            return Optional.empty();
        }
        long from = cursor + 1;
        return Optional.of(new BlockRange(from, Math.min(confirmed, cursor + maxBlocks)));
    }

    /** The newest confirmed block; negative while the chain is shorter than the confirmations. */
    public static long confirmedHead(long head, int confirmations) {
        return head - confirmations;
    }

    public long size() {
        return to - from + 1;
    }

    /** The first half (rounded down, at least one block): for a node that refuses a range as too large. */
    public BlockRange firstHalf() {
        return new BlockRange(from, from + Math.max(1, size() / 2) - 1);
    }
}
