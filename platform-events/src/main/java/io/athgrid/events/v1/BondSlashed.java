package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;

/**
 * ATH was slashed from a container's bond on chain; {@code evidenceHash} is the hash of the
 * slash's evidence (the signed checker reports), {@code remainingWei} what is still bonded.
 */
public record BondSlashed(
        String containerId,
        String owner,
        BigInteger amountWei,
        BigInteger remainingWei,
        String evidenceHash,
        long blockNumber,
        String txHash,
        int logIndex) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
