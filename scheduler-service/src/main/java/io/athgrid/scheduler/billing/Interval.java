package io.athgrid.scheduler.billing;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [start, end) with a positive length. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval must end after it starts");
        }
    }

    public long seconds() {
        return Duration.between(start, end).toSeconds();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
