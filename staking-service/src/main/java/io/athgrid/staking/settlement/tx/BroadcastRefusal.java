package io.athgrid.staking.settlement.tx;

import java.util.Locale;

/**
 * Why a node refused {@code eth_sendRawTransaction}. Nodes word their errors differently (geth,
 * Nitro, anvil); these are the phrases they share. The first three mean the transaction, or one
 * with its nonce, already reached the chain or a mempool: the receipt and the nonce tell which.
 */
public enum BroadcastRefusal {

    /** The very same transaction is already in the node's mempool. */
    ALREADY_KNOWN,
    /** The nonce is used: by this transaction (mined before a crash) or by another one. */
    NONCE_TOO_LOW,
    /** Another transaction with this nonce waits in the mempool. */
    REPLACEMENT_UNDERPRICED,
    /** Anything else (fees below the base fee, no funds): the transaction did not go out. */
    OTHER;

    public static BroadcastRefusal of(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (text.contains("already known") || text.contains("known transaction") || text.contains("alreadyknown")) {
            return ALREADY_KNOWN;
        }
        if (text.contains("nonce too low") || text.contains("nonce is too low") || text.contains("noncetoolow")) {
            return NONCE_TOO_LOW;
        }
        if (text.contains("replacement transaction underpriced") || text.contains("replacement underpriced")) {
            return REPLACEMENT_UNDERPRICED;
        }
        return OTHER;
    }

    /** Whether the transaction may be on chain or on its way there, so its receipt is worth waiting for. */
    public boolean mayBeOnItsWay() {
        return this != OTHER;
    }
}
