package io.athgrid.scheduler.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One row of the ledger's debit side: what a lease's span cost the customer, split by fee. */
public record Charge(
        UUID id,
        UUID jobId,
        UUID orderId,
        String enterpriseId,
        UUID leaseId,
        String containerId,
        String owner,
        Interval span,
        long gpuSeconds,
        BigDecimal amountUsd,
        FeeSplit split,
        Instant meteredAt) {
}
