package io.athgrid.staking.settlement.tx;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One intent to change the chain (post an epoch root, slash a bond) and the transaction that
 * carries it out.
 *
 * @param id          {@code <purpose>:<subject>}, e.g. {@code EPOCH_ROOT:12}
 * @param nonce       the nonce it was signed with; null before signing and for a transaction
 *                    found on chain rather than sent by us
 * @param txHash      the hash of the transaction that does (or will do) it
 * @param rawTx       the signed transaction, broadcast as it is, never re-signed with another nonce
 * @param blockNumber the block that holds it, once mined
 * @param reverted    whether the mined transaction reverted
 * @param reason      why it was skipped, halted or failed, or the node's last refusal
 */
public record OutgoingTx(
        String id,
        String purpose,
        String subject,
        TxStatus status,
        String sender,
        BigInteger nonce,
        String txHash,
        String rawTx,
        Instant broadcastAt,
        Long blockNumber,
        String blockHash,
        Long gasUsed,
        boolean reverted,
        String reason,
        Instant createdAt,
        Instant finishedAt) {

    public static String idOf(String purpose, String subject) {
        return purpose + ":" + subject;
    }
}
