package io.athgrid.scheduler.billing;

import io.athgrid.scheduler.order.OrderKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The design's downtime refund. On-demand: the affected period (from when the job stopped being
 * served) is not charged, so whatever was charged for it is given back, pro rata. Reserved: the
 * current 24 h period is not charged at all, so its charges are given back in full. Refunds reverse
 * the provider's share and the protocol fee alike: the protocol keeps no fee on refunded amounts.
 */
public final class DowntimeRefunds {

    private DowntimeRefunds() {
    }

    /**
     * @param charges       the charges of the leases that lost service, none refunded yet
     * @param affectedFrom  when the job stopped being served
     * @param currentPeriod reserved: the 24 h period containing {@code affectedFrom}; ignored on-demand
     */
    public static List<RefundPart> of(OrderKind kind, List<ChargedSpan> charges, Instant affectedFrom,
            Interval currentPeriod) {
        List<RefundPart> refunds = new ArrayList<>();
        for (ChargedSpan charge : charges) {
            Interval span = charge.span();
            if (kind == OrderKind.RESERVED) {
                if (span.end().isAfter(currentPeriod.start())) {
                    refunds.add(new RefundPart(charge.chargeId(), span, charge.amountUsd(), charge.split()));
                }
            } else if (span.end().isAfter(affectedFrom)) {
                Instant from = span.start().isAfter(affectedFrom) ? span.start() : affectedFrom;
                if (!span.end().isAfter(from)) {
                    continue;
                }
                Interval refunded = new Interval(from, span.end());
                long part = refunded.seconds();
                long whole = span.seconds();
                if (part == 0) {
                    continue;
                }
                refunds.add(new RefundPart(charge.chargeId(), refunded,
                        UsagePrice.portion(charge.amountUsd(), part, whole), charge.split().portion(part, whole)));
            }
        }
        return refunds;
    }
}
