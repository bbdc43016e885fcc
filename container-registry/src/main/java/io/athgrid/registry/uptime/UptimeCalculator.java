package io.athgrid.registry.uptime;

import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.lifecycle.StatusChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Uptime from the status history: offline intervals, their overlap with a UTC day, and the month's
 * uptime percent (3 decimals, rounded down so that a rounded value never meets an SLO the exact
 * one misses). Time before registration does not count.
 */
public final class UptimeCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private UptimeCalculator() {
    }

    /** The OFFLINE intervals of a history ordered by time. */
    public static List<OfflineInterval> offlineIntervals(List<StatusChange> history) {
        List<OfflineInterval> intervals = new ArrayList<>();
        Instant offlineSince = null;
        for (StatusChange change : history) {
            boolean offline = change.status() == ContainerStatus.OFFLINE;
            if (offline && offlineSince == null) {
                offlineSince = change.changedAt();
            } else if (!offline && offlineSince != null) {
                intervals.add(new OfflineInterval(offlineSince, change.changedAt()));
                offlineSince = null;
            }
        }
        if (offlineSince != null) {
            intervals.add(new OfflineInterval(offlineSince, null));
        }
        return intervals;
    }

    /** Offline time within [from, until); an interval still open lasts until {@code until}. */
    public static Duration offlineWithin(List<OfflineInterval> intervals, Instant from, Instant until) {
        Duration total = Duration.ZERO;
        for (OfflineInterval interval : intervals) {
            Instant start = interval.start().isAfter(from) ? interval.start() : from;
            Instant end = interval.end() == null || interval.end().isAfter(until) ? until : interval.end();
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    public static BigDecimal uptimePercent(Duration offline, Duration observed) {
        if (observed.isZero() || observed.isNegative()) {
            return HUNDRED.setScale(3);
        }
        long observedMillis = observed.toMillis();
        long upMillis = Math.max(0, observedMillis - offline.toMillis());
        return BigDecimal.valueOf(upMillis).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(observedMillis), 3, RoundingMode.DOWN);
    }

    /**
     * The day's report: offline minutes within the UTC day (until {@code asOf} if the day is not
     * over) and the month's uptime from its first day (or the registration) to the same point.
     */
    public static DayUptime day(List<OfflineInterval> intervals, Instant registeredAt, LocalDate day, Instant asOf,
            UptimeSlo slo) {
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant dayEnd = min(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), asOf);
        Instant monthStart = day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration dayOffline = offlineWithin(intervals, max(dayStart, registeredAt), dayEnd);
        Instant observedFrom = max(monthStart, registeredAt);
        Duration monthOffline = offlineWithin(intervals, observedFrom, dayEnd);
        BigDecimal percent = uptimePercent(monthOffline, Duration.between(observedFrom, dayEnd));
        return new DayUptime(day, (int) dayOffline.toMinutes(), slo.dailyMet(dayOffline), percent,
                slo.monthlyMet(percent));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
