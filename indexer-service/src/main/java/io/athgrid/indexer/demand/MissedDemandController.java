package io.athgrid.indexer.demand;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.Ownership;
import io.athgrid.support.web.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /missed-demand}: operators see every provider's missed demand (or one owner's), any
 * other caller only its own (its id is the owner).
 */
@RestController
class MissedDemandController {

    private static final int DEFAULT_DAYS = 30;
    private static final int MAX_DAYS = 366;

    private final MissedDemandStore store;
    private final Clock clock;

    MissedDemandController(MissedDemandStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/missed-demand")
    MissedDemandReport missedDemand(@AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate last = day("to", to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate first = day("from", from, last.minusDays(DEFAULT_DAYS - 1));
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidRequestException("from", "must be on or before to, at most " + MAX_DAYS + " days earlier");
        }
        String ownerFilter = owner == null ? null : owner.toLowerCase(Locale.ROOT);
        if (!caller.isOperator()) {
            if (ownerFilter != null) {
                Ownership.requireMayActFor(caller, ownerFilter);
            }
            ownerFilter = caller.id();
        }
        return MissedDemandReport.of(first, last, store.counts(ownerFilter, first, last));
    }

    private static LocalDate day(String field, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be a date such as 2026-11-25");
        }
    }
}
