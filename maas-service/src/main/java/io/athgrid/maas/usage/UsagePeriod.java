package io.athgrid.maas.usage;

import io.athgrid.maas.usage.InvalidPeriodException.Problem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The UTC days a token bill covers, {@code from} and {@code to} both included. Asked for as ISO dates;
 * {@code to} defaults to today and {@code from} to the first day of {@code to}'s month (so nothing given
 * is the current month to date); {@code from} may not come after {@code to}, and a period spans at most
 * {@value #MAX_DAYS} days, so one bill stays a bounded read.
 */
public record UsagePeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** Four-digit years only: what the database's timestamps and every caller's calendar can hold. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public UsagePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from) || days(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("not a period of 1 .. " + MAX_DAYS + " days: " + from + " .. " + to);
        }
    }

    /**
     * The period the caller asked for ({@code null}: not given), {@code today} being the current UTC day;
     * every problem at once in an {@link InvalidPeriodException}.
     */
    public static UsagePeriod of(String from, String to, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate toDate = to == null ? today : date("to", to, problems);
        LocalDate fromDate = from == null ? null : date("from", from, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPeriodException(problems);
        }
        LocalDate start = fromDate == null ? toDate.withDayOfMonth(1) : fromDate;
        String end = to == null ? "today, " + toDate : toDate.toString();
        if (start.isAfter(toDate)) {
            throw new InvalidPeriodException(List.of(new Problem("from", "must not be after to (" + end + ")")));
        }
        if (days(start, toDate) > MAX_DAYS) {
            throw new InvalidPeriodException(List.of(new Problem("from", "a period spans at most " + MAX_DAYS
                    + " days; " + start + " .. " + end + " spans " + days(start, toDate))));
        }
        return new UsagePeriod(start, toDate);
    }

    /** The current UTC day at {@code now}. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public long days() {
        return days(from, to);
    }

    /** The first instant of the period: {@code from} at 00:00 UTC. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period: the day after {@code to} at 00:00 UTC. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate date(String field, String value, List<Problem> problems) {
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                // a day that does not exist, e.g. 2026-02-30: answered below
            }
        }
        problems.add(new Problem(field, "must be a date as yyyy-mm-dd (a UTC day), e.g. 2026-11-01"));
        return null;
    }
}
