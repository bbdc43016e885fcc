package io.athgrid.scheduler.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** A charge as refunds see it: the span it covered and what it cost, in USD and split wei. */
public record ChargedSpan(UUID chargeId, Interval span, BigDecimal amountUsd, FeeSplit split) {
}
