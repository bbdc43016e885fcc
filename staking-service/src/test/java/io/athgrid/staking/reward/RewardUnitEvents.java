package io.athgrid.staking.reward;

import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.events.v1.UsageMetered;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events that bring container reward units, as the ITs feed them to the ledger: a liveness verdict (capacity
 * units when PASSED on a STANDBY container) and a metered charge (delivery units). Fresh ids each time.
 */
public final class RewardUnitEvents {

    private RewardUnitEvents() {
    }

    /** A LIVENESS verdict over the minute from {@code at}, reached 10 s after it. */
    public static CheckVerdictReached verdict(String container, String owner, int gpus, String outcome, String status,
            Instant at) {
        return new CheckVerdictReached(UUID.randomUUID().toString(), container, owner, "LIVENESS", outcome, status,
                gpus, at, at.plusSeconds(60), "0x" + "aa".repeat(32), List.of("l-1", "l-2"), List.of(),
                at.plusSeconds(70));
    }

    /** An on-demand charge of {@code gpuSeconds} for the minute up to {@code at}: 1,000 wei, 800 of it the provider's. */
    public static UsageMetered usage(String container, String owner, long gpuSeconds, Instant at) {
        return new UsageMetered(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "ent-1", "ON_DEMAND", container, owner, at.minusSeconds(60), at,
                gpuSeconds, new BigDecimal("2.00"), BigInteger.valueOf(1_000), BigInteger.valueOf(200),
                BigInteger.valueOf(800), at);
    }
}
