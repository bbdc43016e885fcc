package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;

/**
 * vATH accrued to an account in an epoch, per kind ({@code STAKER}, {@code PROOF_OF_CAPACITY},
 * {@code PROOF_OF_DELIVERY}, {@code CHECKER}, {@code PROVIDER_FEE}); {@code source} names what earned
 * it (a pool, a container, a license).
 */
public record RewardsAccrued(
        long epoch,
        String account,
        String kind,
        String source,
        BigInteger amountWei,
        Instant accruedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return account;
    }
}
