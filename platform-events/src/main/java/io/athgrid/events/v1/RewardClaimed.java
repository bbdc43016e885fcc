package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;

/** An account claimed its leaf of an epoch from the reward distributor on chain (confirmed). */
public record RewardClaimed(
        long epoch,
        String account,
        BigInteger amountWei,
        long blockNumber,
        String txHash,
        int logIndex) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return account;
    }
}
