package io.athgrid.scheduler.slashing;

import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.scheduler.billing.Interval;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a slash means for the customers of its container: the affected period, widened to whole
 * seconds (charges are counted in them) in the customer's favour, and the reason their refunds carry.
 */
public record SlashedPeriod(String slashId, String containerId, Interval affected, String refundReason) {

    /** The ledger's reason column's width. */
    static final int MAX_REASON = 32;

    /** Empty when the slash names no usable period or container: nothing can be refunded for it. */
    public static Optional<SlashedPeriod> of(SlashExecuted slash) {
        Instant from = slash.affectedFrom();
        Instant to = slash.affectedTo();
        if (slash.slashId() == null || slash.containerId() == null || from == null || to == null
                || !to.isAfter(from)) {
            return Optional.empty();
        }
        Instant start = from.truncatedTo(ChronoUnit.SECONDS);
        Instant end = to.truncatedTo(ChronoUnit.SECONDS);
        if (end.isBefore(to)) {
            end = end.plusSeconds(1);
        }
        String reason = "SLASH_" + (slash.reason() == null ? "" : slash.reason());
        return Optional.of(new SlashedPeriod(slash.slashId(), slash.containerId(), new Interval(start, end),
                reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON)));
    }
}
