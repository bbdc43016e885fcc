package io.athgrid.registry.heartbeat;

import java.time.Duration;
import java.time.Instant;

/** How far a heartbeat's {@code sentAt} may stray from the registry's clock: bounds replays of old heartbeats. */
public record HeartbeatWindow(Duration maxAge, Duration maxAhead) {

    public boolean contains(long sentAtEpochSecond, Instant now) {
        long earliest = now.minus(maxAge).getEpochSecond();
        long latest = now.plus(maxAhead).getEpochSecond();
        return sentAtEpochSecond >= earliest && sentAtEpochSecond <= latest;
    }
}
