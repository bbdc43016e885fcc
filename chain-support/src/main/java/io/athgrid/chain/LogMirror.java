package io.athgrid.chain;

/**
 * Where decoded logs go, inside the follower's transaction (with the cursor), so a range is
 * applied entirely or not at all.
 */
public interface LogMirror {

    /** Applies one log; false when it had been applied before (nothing written then). */
    boolean apply(ChainLog entry);

    /** Takes back every change of blocks after {@code blockNumber}: a reorg orphaned them. */
    void rollbackAfter(long blockNumber);
}
