package io.athgrid.staking.slash;

/** Where a bond slash order stands. */
public enum SlashOrderStatus {
    /** Written; the slash is on its way to the chain. */
    ORDERED,
    /** The slash is confirmed on chain (BondSlashed is announced by the chain follower from its log). */
    EXECUTED,
    /** Nothing to slash: the container has no bond left. */
    SKIPPED,
    /** The slash reverted or could not be sent; a person must look. */
    FAILED
}
