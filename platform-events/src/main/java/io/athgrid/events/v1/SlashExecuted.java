package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A slash proposal passed its dispute window (undisputed or upheld) and is final: the staking-service
 * takes {@code amountWei} from the owner's rewards first, then from the container's bond; the
 * scheduler refunds customers for {@code affectedFrom}..{@code affectedTo}. {@code reason}
 * OFFLINE_WHILE_SERVING, OFFLINE_WHILE_RESERVED, CAPACITY_FRAUD or UNDER_DELIVERY.
 */
public record SlashExecuted(
        String slashId,
        String containerId,
        String owner,
        String reason,
        BigInteger amountWei,
        String evidenceHash,
        Instant affectedFrom,
        Instant affectedTo,
        Instant executedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
