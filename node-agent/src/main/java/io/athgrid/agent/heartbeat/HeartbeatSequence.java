package io.athgrid.agent.heartbeat;

import java.time.Clock;
import java.time.Duration;

/**
 * Heartbeat sequence numbers taken from the clock: epoch milliseconds, and never less than one
 * more than the last. They grow across restarts without a file to persist (a restart takes longer
 * than a millisecond), and a thousand simulated containers need no disk. If the clock was set back
 * and the registry answers "replay", {@link #skipAfterReplay} jumps ahead by a whole interval.
 */
final class HeartbeatSequence {

    private final Clock clock;
    private long last;

    HeartbeatSequence(Clock clock) {
        this.clock = clock;
    }

    synchronized long next() {
        last = Math.max(last + 1, clock.millis());
        return last;
    }

    synchronized void skipAfterReplay(Duration interval) {
        last = Math.max(last, clock.millis()) + Math.max(interval.toMillis(), 1);
    }
}
