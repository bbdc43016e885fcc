package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;

/**
 * An epoch's Merkle root of claimable amounts is on chain and confirmed: {@code leaves} accounts
 * may claim {@code totalWei} in all from the reward distributor.
 */
public record EpochSettled(
        long epoch,
        String root,
        BigInteger totalWei,
        int leaves,
        long blockNumber,
        String txHash,
        Instant settledAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return Long.toString(epoch);
    }
}
