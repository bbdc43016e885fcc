package io.athgrid.checker.ban;

import java.time.Instant;

/** A license may not check or earn from {@code from} until {@code until}. */
public record Ban(Instant from, Instant until) {

    public boolean inForceAt(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(until);
    }
}
