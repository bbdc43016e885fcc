package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A holder added ATH to a lock, or extended it ({@code addedWei} zero); {@code amountWei} is the
 * lock's new total. Confirmed on chain like {@link StakeLocked}.
 */
public record StakeIncreased(
        String holder,
        String pool,
        BigInteger addedWei,
        BigInteger amountWei,
        Instant unlockTime,
        long blockNumber,
        String txHash,
        int logIndex) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return holder;
    }
}
