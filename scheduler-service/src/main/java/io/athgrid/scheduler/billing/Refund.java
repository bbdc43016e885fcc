package io.athgrid.scheduler.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A downtime refund of (part of) one charge. */
public record Refund(
        UUID id,
        UUID chargeId,
        UUID jobId,
        UUID orderId,
        String containerId,
        String owner,
        Interval span,
        BigDecimal amountUsd,
        FeeSplit split,
        String reason,
        Instant issuedAt) {
}
