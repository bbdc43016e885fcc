package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What the ledger releases for claiming on chain with each epoch's Merkle root, and how it learns
 * that a root is confirmed. Settlement reads through this port; the ledger implements it.
 */
public interface EpochPayouts {

    /** The newest closed epoch, or -1 while none is. */
    long lastClosedEpoch();

    /**
     * The first epoch the ledger closed (it starts at the epoch current when it first ran, not at
     * genesis); settlement starts there. 0 for a ledger that closes from genesis.
     */
    default long firstClosedEpoch() {
        return 0;
    }

    /**
     * Every account's amount (wei, lower-case 0x address keys) claimable on chain under this epoch's
     * root; empty until the epoch is closed. Deterministic: the same answer every time it is asked.
     */
    Optional<SortedMap<String, BigInteger>> payoutsOf(long epoch);

    /** The epoch's root is confirmed on chain; books the payouts as claimable there. Idempotent. */
    void settled(long epoch, String root, String txHash);
}
