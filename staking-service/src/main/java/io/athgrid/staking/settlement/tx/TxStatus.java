package io.athgrid.staking.settlement.tx;

/**
 * Where an outgoing transaction stands. Each step is committed before the next one starts, so a
 * crash at any point resumes from what was stored: a signed transaction is stored before it is
 * broadcast, and only that transaction (same nonce, same hash) is ever broadcast for it.
 */
public enum TxStatus {
    /** Wanted; nothing signed yet (or what was signed can never be mined: its nonce went to another). */
    QUEUED,
    /** Signed with a chosen nonce; the raw transaction is stored, perhaps not yet sent. */
    SIGNED,
    /** Sent to the node (or known to be there); waiting for its receipt. */
    BROADCAST,
    /** In a block, waiting for the confirmations. */
    MINED,
    /** Final and successful; the purpose has booked its effect. */
    CONFIRMED,
    /** Nothing had to be sent (e.g. no bond left to slash). */
    SKIPPED,
    /** The chain holds something that contradicts what we would send; a person must look. */
    HALTED,
    /** Mined and reverted, or refused for good; a person must look. */
    FAILED;

    public boolean isFinished() {
        return this == CONFIRMED || this == SKIPPED || this == HALTED || this == FAILED;
    }
}
