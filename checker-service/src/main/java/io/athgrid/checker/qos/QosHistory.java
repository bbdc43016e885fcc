package io.athgrid.checker.qos;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A container's QoS over time: one point per UTC day, the score as it stood after that day's last
 * sample. Days are UTC everywhere (as reward days), so every replica files a score under the same day.
 */
public final class QosHistory {

    /** The longest history asked for at once, in days. */
    public static final int MAX_DAYS = 90;

    private QosHistory() {
    }

    /** The UTC day a score reached at {@code at} counts for. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The first of the last {@code days} UTC days up to {@code now}, today being the last of them. */
    public static LocalDate firstDay(Instant now, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a history spans 1 to " + MAX_DAYS + " days, not " + days);
        }
        return dayOf(now).minusDays(days - 1L);
    }
}
