package io.athgrid.staking.proof;

import java.time.Instant;

/**
 * An epoch's settlement: the root and total posted (or being posted), the number of leaves, and
 * the transaction.
 *
 * @param totalWei          the sum of all leaves, wei as a decimal string
 * @param txHash            the transaction that posted the root (or the one on its way)
 * @param transactionStatus where that transaction stands (QUEUED ... CONFIRMED, HALTED, FAILED)
 * @param reason            why the epoch is EMPTY, HALTED or FAILED, when it is
 */
public record SettlementView(long epoch, String status, String root, String totalWei, int leafCount, String txHash,
        Long blockNumber, String transactionStatus, String reason, Instant computedAt, Instant settledAt) {
}
