package io.athgrid.agent.registry;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": the n-th consecutive failure waits between half and all
 * of {@code initial * 2^(n-1)}, capped at {@code cap}. The random half keeps a thousand agents that
 * lost the platform at the same moment from coming back in lock step. Safe to share between threads.
 */
public final class Backoff {

    public static final Duration DEFAULT_INITIAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_CAP = Duration.ofSeconds(60);

    private final Duration initial;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration initial, Duration cap, RandomGenerator random) {
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= cap");
        }
        this.initial = initial;
        this.cap = cap;
        this.random = random;
    }

    /** The backoff delay, or what the server asked for (Retry-After) if that is longer. */
    public Duration delay(int failures, java.util.Optional<Duration> asked) {
        Duration delay = delay(failures);
        return asked.filter(wanted -> wanted.compareTo(delay) > 0).orElse(delay);
    }

    /** How long to wait after {@code failures} consecutive failures (1 for the first). */
    public synchronized Duration delay(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 40);
        long ceilingMillis = Math.min(cap.toMillis(), initial.toMillis() << Math.min(doublings, 30));
        long half = ceilingMillis / 2;
        return Duration.ofMillis(half + random.nextLong(ceilingMillis - half + 1));
    }
}
