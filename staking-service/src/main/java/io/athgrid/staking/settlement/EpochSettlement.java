package io.athgrid.staking.settlement;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One epoch's settlement as stored: its tree's root and total, and the transaction that posts it.
 *
 * @param root null for an EMPTY epoch
 * @param txId the outgoing transaction posting the root (see {@code outgoing_tx})
 */
public record EpochSettlement(
        long epoch,
        SettlementStatus status,
        String root,
        BigInteger totalWei,
        int leafCount,
        String txId,
        String txHash,
        Long blockNumber,
        String reason,
        Instant computedAt,
        Instant settledAt) {
}
