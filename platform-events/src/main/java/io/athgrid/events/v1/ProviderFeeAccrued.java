package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A container's provider fees of one UTC day (charges less refunds, net of the protocol fee),
 * accrued at the next 00:00 UTC; they vest linearly until {@code vestsAt} (45 days).
 */
public record ProviderFeeAccrued(
        String accrualId,
        String owner,
        String containerId,
        LocalDate day,
        BigInteger amountWei,
        Instant accruedAt,
        Instant vestsAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return owner;
    }
}
