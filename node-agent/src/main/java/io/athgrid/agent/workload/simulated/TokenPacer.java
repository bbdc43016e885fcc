package io.athgrid.agent.workload.simulated;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Holds a request's output back until its next token would be ready on the simulated GPU. */
interface TokenPacer {

    /**
     * Returns when output token {@code index} of a request is due.
     *
     * @param arrivalNanos when the request arrived ({@link System#nanoTime()})
     * @param readyAt when, after its arrival, the token is ready
     */
    void awaitToken(long arrivalNanos, int index, Duration readyAt) throws InterruptedException;

    /**
     * Sleeps until the token's time; measured from the arrival, so a late wake-up does not delay
     * the tokens after it.
     */
    TokenPacer WALL_CLOCK = (arrivalNanos, index, readyAt) -> {
        long deadline = arrivalNanos + readyAt.toNanos();
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    };
}
