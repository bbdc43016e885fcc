package io.athgrid.staking.settlement;

/** Where an epoch's settlement stands. Epochs settle in order: the next waits until this one is SETTLED or EMPTY. */
public enum SettlementStatus {
    /** The tree is computed and stored; its root is on its way to the chain. */
    POSTING,
    /** The root is confirmed on chain and the ledger booked the payouts as claimable there. */
    SETTLED,
    /** Nobody had anything to claim: no root, no transaction. */
    EMPTY,
    /** The chain holds another root for this epoch; nothing is sent until a person decides. */
    HALTED,
    /** postRoot reverted and no root is on chain (e.g. the wallet lacks SETTLER_ROLE); a person must look. */
    FAILED;

    /** Whether the next epoch may be settled after this one. */
    public boolean letsNextEpochSettle() {
        return this == SETTLED || this == EMPTY;
    }
}
