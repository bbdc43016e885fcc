package io.athgrid.registry.bond;

/** Where a container's bond stands on chain. */
public enum BondState {
    /** Bonded and counting towards the stake requirement. */
    ACTIVE,
    /** The owner started leaving: still slashable, no longer counted, cannot be increased. */
    UNBONDING,
    /** Paid back; nothing is bonded any more. */
    WITHDRAWN
}
