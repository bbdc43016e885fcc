package io.athgrid.staking.slash;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One ordered bond slash.
 *
 * @param slashedWei what was (or is being) sent: the order capped at the bond, null before that is known
 */
public record SlashOrder(
        String slashId,
        String containerId,
        BigInteger amountWei,
        String evidenceHash,
        SlashOrderStatus status,
        String txId,
        BigInteger slashedWei,
        String txHash,
        String reason,
        Instant orderedAt,
        Instant finishedAt) {
}
