package io.athgrid.agent.simulation.checker;

import io.athgrid.agent.checker.CheckerRuntime;
import io.athgrid.agent.registry.Backoff;
import java.net.URI;
import java.time.Duration;

/**
 * How to run SIMULATED checkers.
 *
 * @param platform         the platform's public URL (the gateway), e.g. {@code http://localhost:8080}
 * @param chainId          the chain the checkers sign in for and sign reports on
 * @param count            how many checkers (one burner wallet and one license each)
 * @param liars            how many of them report the opposite of what they find (every count/liars-th one)
 * @param pollInterval     time between two polls of each checker
 * @param schedulerThreads threads the checkers' polls share
 * @param probeThreads     threads the checkers' probes and report submissions share
 * @param backoffInitial   first retry delay after a failed poll (doubling, with jitter, up to backoffCap)
 * @param backoffCap       longest retry delay
 * @param requestTimeout   how long one call to the platform may take
 */
public record SimulatedCheckersOptions(URI platform, long chainId, int count, int liars, Duration pollInterval,
        int schedulerThreads, int probeThreads, Duration backoffInitial, Duration backoffCap, Duration requestTimeout) {

    public SimulatedCheckersOptions {
        if (count < 1 || liars < 0 || liars > count) {
            throw new IllegalArgumentException("at least one checker, and 0 to count liars");
        }
        if (schedulerThreads < 1 || probeThreads < 1) {
            throw new IllegalArgumentException("thread counts must be positive");
        }
    }

    /** Honest checkers polling every 5 s, 4 poll and 4 probe threads, backoff 1 s .. 60 s, 10 s per call. */
    public static SimulatedCheckersOptions of(URI platform, long chainId, int count) {
        return new SimulatedCheckersOptions(platform, chainId, count, 0, CheckerRuntime.DEFAULT_POLL_INTERVAL, 4, 4,
                Backoff.DEFAULT_INITIAL, Backoff.DEFAULT_CAP, Duration.ofSeconds(10));
    }

    public SimulatedCheckersOptions withLiars(int liarCount) {
        return new SimulatedCheckersOptions(platform, chainId, count, liarCount, pollInterval, schedulerThreads, probeThreads,
                backoffInitial, backoffCap, requestTimeout);
    }

    public SimulatedCheckersOptions withPollInterval(Duration interval) {
        return new SimulatedCheckersOptions(platform, chainId, count, liars, interval, schedulerThreads, probeThreads,
                backoffInitial, backoffCap, requestTimeout);
    }

    public SimulatedCheckersOptions withProbeThreads(int threads) {
        return new SimulatedCheckersOptions(platform, chainId, count, liars, pollInterval, schedulerThreads, threads,
                backoffInitial, backoffCap, requestTimeout);
    }

    public SimulatedCheckersOptions withBackoff(Duration initial, Duration cap) {
        return new SimulatedCheckersOptions(platform, chainId, count, liars, pollInterval, schedulerThreads, probeThreads,
                initial, cap, requestTimeout);
    }
}
