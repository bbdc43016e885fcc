package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;

/**
 * The checkers' quorum found a container at fault: a slash of {@code amountWei} for {@code reason}
 * (OFFLINE_WHILE_SERVING, OFFLINE_WHILE_RESERVED, CAPACITY_FRAUD or UNDER_DELIVERY) is proposed with
 * its evidence ({@code evidenceHash}: keccak256 of the canonical evidence, the signed reports). The
 * owner may dispute it until {@code disputeWindowEnds}; then it executes ({@code SlashExecuted})
 * unless a dispute holds it.
 */
public record SlashProposed(
        String slashId,
        String containerId,
        String owner,
        String reason,
        BigInteger amountWei,
        String evidenceHash,
        Instant affectedFrom,
        Instant affectedTo,
        Instant proposedAt,
        Instant disputeWindowEnds) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
