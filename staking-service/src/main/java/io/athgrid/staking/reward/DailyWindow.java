package io.athgrid.staking.reward;

import io.athgrid.support.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The last {@code days} UTC days up to and including {@code to} (today): the window {@code GET /rewards/daily}
 * sums accruals over, from {@code from} 00:00 UTC to the end of {@code to}.
 */
public record DailyWindow(LocalDate from, LocalDate to, int days) {

    public static final int DEFAULT_DAYS = 30;
    /** A leap year: a whole year back from any day. */
    public static final int MAX_DAYS = 366;

    public DailyWindow {
        if (days < 1 || days > MAX_DAYS || !from.plusDays(days - 1L).equals(to)) {
            throw new IllegalArgumentException("a window of " + days + " days cannot run from " + from + " to " + to);
        }
    }

    /** The window of {@code days} (a query value, {@value #DEFAULT_DAYS} if absent) ending today; 400 if malformed. */
    public static DailyWindow endingOn(LocalDate today, String days) {
        int count = days == null ? DEFAULT_DAYS : parse(days);
        return new DailyWindow(today.minusDays(count - 1L), today, count);
    }

    /** The first instant of the window. */
    public Instant startsAt() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the window (the next day's 00:00 UTC). */
    public Instant endsBefore() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static int parse(String days) {
        try {
            int count = Integer.parseInt(days);
            if (count >= 1 && count <= MAX_DAYS) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Answered below like any other bad count.
        }
        throw new InvalidRequestException("days", "days must be a whole number from 1 to " + MAX_DAYS + ": " + days);
    }
}
