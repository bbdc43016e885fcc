package io.athgrid.scheduler.billing;

import io.athgrid.scheduler.order.OrderKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The design's downtime refund. On-demand: the affected period is not charged, so whatever was
 * charged for it is given back, pro rata. Reserved: the 24 h period in which service was lost is not
 * charged at all, so its charges are given back in full. Refunds reverse the provider's share and
 * the protocol fee alike: the protocol keeps no fee on refunded amounts. What an earlier refund
 * already gave back of a charge is never refunded again.
 */
public final class DowntimeRefunds {

    private DowntimeRefunds() {
    }

    /**
     * A job lost service at {@code affectedFrom} and has not been served by these leases since.
     *
     * @param charges       the charges of the leases that lost service
     * @param affectedFrom  when the job stopped being served
     * @param currentPeriod reserved: the 24 h period containing {@code affectedFrom}; ignored on-demand
     */
    public static List<RefundPart> of(OrderKind kind, List<ChargedSpan> charges, Instant affectedFrom,
            Interval currentPeriod) {
        Instant from = kind == OrderKind.RESERVED ? currentPeriod.start() : affectedFrom;
        return refund(kind, charges, new Interval(from, Instant.MAX));
    }

    /**
     * A slash established that a container did not deliver during {@code affected} (a past, closed span).
     *
     * @param charges  the charges of that container's leases
     * @param affected the slash's affected period
     * @param periods  reserved: from the start of the 24 h period containing the affected period's
     *                 start to the end of the one containing its end; ignored on-demand
     */
    public static List<RefundPart> during(OrderKind kind, List<ChargedSpan> charges, Interval affected,
            Interval periods) {
        return refund(kind, charges, kind == OrderKind.RESERVED ? periods : affected);
    }

    /** On-demand: what is left of each charge inside {@code window}; reserved: all that is left of each charge touching it. */
    private static List<RefundPart> refund(OrderKind kind, List<ChargedSpan> charges, Interval window) {
        List<RefundPart> refunds = new ArrayList<>();
        for (ChargedSpan charge : charges) {
            if (!overlaps(charge.span(), window)) {
                continue;
            }
            for (Interval left : charge.unrefunded()) {
                Interval part = kind == OrderKind.RESERVED ? left : overlap(left, window);
                if (part != null && part.seconds() > 0) {
                    refunds.add(part(charge, part));
                }
            }
        }
        return refunds;
    }

    private static RefundPart part(ChargedSpan charge, Interval part) {
        long whole = charge.span().seconds();
        long seconds = part.seconds();
        return new RefundPart(charge.chargeId(), part, UsagePrice.portion(charge.amountUsd(), seconds, whole),
                charge.split().portion(seconds, whole));
    }

    private static boolean overlaps(Interval a, Interval b) {
        return a.end().isAfter(b.start()) && b.end().isAfter(a.start());
    }

    private static Interval overlap(Interval a, Interval b) {
        if (!overlaps(a, b)) {
            return null;
        }
        return new Interval(a.start().isAfter(b.start()) ? a.start() : b.start(),
                a.end().isBefore(b.end()) ? a.end() : b.end());
    }
}
