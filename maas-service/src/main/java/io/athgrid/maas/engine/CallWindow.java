package io.athgrid.maas.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far a signed call's {@code sentAt} (epoch seconds) may stray from this service's clock, either way:
 * a recorded call cannot be replayed later than this, whatever its sequence.
 */
public record CallWindow(Duration width) {

    public CallWindow {
        Objects.requireNonNull(width, "width");
        if (width.isNegative() || width.isZero()) {
            throw new IllegalArgumentException("a call window must be positive");
        }
    }

    public boolean contains(long sentAtEpochSecond, Instant now) {
        long seconds = width.toSeconds();
        return sentAtEpochSecond >= now.getEpochSecond() - seconds && sentAtEpochSecond <= now.getEpochSecond() + seconds;
    }
}
