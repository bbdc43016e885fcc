package io.athgrid.agent.checker;

import io.athgrid.agent.registry.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the checker clients of one process share: the platform API (one connection pool), the
 * scheduler their polls run on, the threads probes run on, the clock, the backoff policy and how
 * often they poll. Tests pass short intervals and a fast backoff.
 *
 * @param pollInterval time between two polls of {@code /assignments} while all is well; polling is
 *                     also the checker's sign of life (a license silent for 3 minutes is offline)
 */
public record CheckerRuntime(CheckerApi api, ScheduledExecutorService scheduler, ExecutorService probes, Clock clock,
        Backoff backoff, Duration pollInterval) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    public CheckerRuntime {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
    }
}
