package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A holder locked ATH in a staking pool ({@code AI} or {@code GAMING}) on chain, seen by the
 * staking-service after the configured confirmations; {@code txHash} and {@code logIndex} name the
 * chain log it mirrors.
 */
public record StakeLocked(
        String holder,
        String pool,
        BigInteger amountWei,
        Instant lockStart,
        Instant unlockTime,
        long blockNumber,
        String txHash,
        int logIndex) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return holder;
    }
}
