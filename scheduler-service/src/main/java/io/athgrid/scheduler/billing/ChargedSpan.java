package io.athgrid.scheduler.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A charge as refunds see it: the span it covered, what it cost in USD and split wei, and the parts
 * of the span already refunded. A charge may be refunded in parts (a downtime refund and a slash's
 * affected period can each cover some of it); only what is left can be refunded again.
 */
public record ChargedSpan(UUID chargeId, Interval span, BigDecimal amountUsd, FeeSplit split, List<Interval> refunded) {

    public ChargedSpan {
        refunded = List.copyOf(refunded);
    }

    /** A charge nothing of which has been refunded. */
    public ChargedSpan(UUID chargeId, Interval span, BigDecimal amountUsd, FeeSplit split) {
        this(chargeId, span, amountUsd, split, List.of());
    }

    /** The parts of the span not refunded yet, in order. */
    public List<Interval> unrefunded() {
        List<Interval> left = new ArrayList<>();
        Instant cursor = span.start();
        for (Interval done : refunded.stream().sorted(Comparator.comparing(Interval::start)).toList()) {
            if (!cursor.isBefore(span.end())) {
                break;
            }
            Instant gapEnd = done.start().isBefore(span.end()) ? done.start() : span.end();
            if (gapEnd.isAfter(cursor)) {
                left.add(new Interval(cursor, gapEnd));
            }
            if (done.end().isAfter(cursor)) {
                cursor = done.end();
            }
        }
        if (cursor.isBefore(span.end())) {
            left.add(new Interval(cursor, span.end()));
        }
        return left;
    }
}
