package io.athgrid.scheduler.billing;

import io.athgrid.scheduler.order.OrderKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which spans of a lease are due for a charge. On-demand is charged in arrears for the time served
 * since the last charge. Reserved capacity is wholesale: each 24 h period (counted from the order's
 * start) is charged in advance, in full, once it has begun.
 */
public final class ChargeSchedule {

    private final Duration reservedPeriod;

    public ChargeSchedule(Duration reservedPeriod) {
        if (reservedPeriod.isNegative() || reservedPeriod.isZero()) {
            throw new IllegalArgumentException("the reserved settlement period must be positive");
        }
        this.reservedPeriod = reservedPeriod;
    }

    /**
     * @param chargedUntil the end of the lease's last charge (its start when none)
     * @param servedUntil  now for a running lease, its end for an ended one
     * @param anchor       reserved: when the order's first period starts
     * @param orderEnd     reserved: when the order ends (null for open on-demand orders)
     */
    public List<Interval> due(OrderKind kind, Instant chargedUntil, Instant servedUntil, Instant anchor,
            Instant orderEnd) {
        if (kind == OrderKind.ON_DEMAND) {
            Instant end = orderEnd != null && orderEnd.isBefore(servedUntil) ? orderEnd : servedUntil;
            return end.getEpochSecond() > chargedUntil.getEpochSecond()
                    ? List.of(new Interval(chargedUntil, truncated(end)))
                    : List.of();
        }
        List<Interval> due = new ArrayList<>();
        Instant from = chargedUntil;
        while (from.isBefore(servedUntil) && from.isBefore(orderEnd)) {
            Instant periodEnd = period(anchor, from).end();
            Instant end = periodEnd.isBefore(orderEnd) ? periodEnd : orderEnd;
            due.add(new Interval(from, end));
            from = end;
        }
        return due;
    }

    /** The reserved period [start, start + 24 h) that contains {@code instant}. */
    public Interval period(Instant anchor, Instant instant) {
        long periodSeconds = reservedPeriod.toSeconds();
        long index = Math.floorDiv(Duration.between(anchor, instant).toSeconds(), periodSeconds);
        Instant start = anchor.plusSeconds(index * periodSeconds);
        return new Interval(start, start.plus(reservedPeriod));
    }

    /** Charges cover whole seconds, so GPU-seconds and amounts stay integers of the same span. */
    private static Instant truncated(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond());
    }
}
