package io.athgrid.scheduler.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** What to give back of one charge: the span refunded, USD and the wei of both shares. */
public record RefundPart(UUID chargeId, Interval span, BigDecimal amountUsd, FeeSplit split) {
}
