package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A container's stake bond changed on chain (posted, increased, unbonding started, withdrawn);
 * {@code amountWei} is what is bonded now, {@code unbondingEnd} is set while unbonding. The
 * registry compares it with the container's stake requirement.
 */
public record ContainerBondChanged(
        String containerId,
        String owner,
        String change,
        BigInteger amountWei,
        Instant unbondingEnd,
        long blockNumber,
        String txHash,
        int logIndex) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
