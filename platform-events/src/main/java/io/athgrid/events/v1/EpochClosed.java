package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A staking epoch (Thursday 00:01 UTC to Wednesday 23:59 UTC) ended and its rewards were computed:
 * {@code emittedWei} were emitted into it, {@code accruedWei} accrued to accounts (equal to the wei).
 */
public record EpochClosed(
        long epoch,
        Instant startsAt,
        Instant endsAt,
        BigInteger emittedWei,
        BigInteger accruedWei,
        int accounts,
        Instant closedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return Long.toString(epoch);
    }
}
