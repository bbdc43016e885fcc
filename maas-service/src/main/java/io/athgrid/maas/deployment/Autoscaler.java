package io.athgrid.maas.deployment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many replicas a deployment wants, from the requests in flight: enough that none holds more
 * than {@code targetConcurrency} at once, up at once, down only after {@code scaleDownAfter} since the
 * last change (a burst must not make replicas come and go), and to zero after {@code idleToZero}
 * without a request when the deployment's minimum is 0. A request held for a deployment scaled to
 * zero counts as in flight, so it starts a replica.
 */
public record Autoscaler(int targetConcurrency, Duration scaleDownAfter, Duration idleToZero) {

    public Autoscaler {
        if (targetConcurrency < 1) {
            throw new IllegalArgumentException("target concurrency must be at least 1");
        }
        Objects.requireNonNull(scaleDownAfter, "scaleDownAfter");
        Objects.requireNonNull(idleToZero, "idleToZero");
    }

    /**
     * @param inFlight       requests being served or held for a replica now
     * @param lastRequestAt  when the last request arrived, or the deployment was created if none has
     * @param lastScaledAt   when the wanted count last changed
     */
    public int desired(Deployment deployment, int inFlight, Instant lastRequestAt, Instant lastScaledAt, Instant now) {
        ReplicaBounds bounds = deployment.bounds();
        int current = deployment.desired();
        if (inFlight > 0) {
            int needed = bounds.clamp(Math.max(1, ceilDiv(inFlight, targetConcurrency)));
            if (needed > current) {
                return needed;
            }
            return settledLong(lastScaledAt, now) ? needed : current;
        }
        boolean idle = !now.isBefore(lastRequestAt.plus(idleToZero));
        if (bounds.min() == 0 && idle) {
            return 0;
        }
        int floor = bounds.clamp(1);
        return current > floor && settledLong(lastScaledAt, now) ? floor : current;
    }

    private boolean settledLong(Instant lastScaledAt, Instant now) {
        return lastScaledAt == null || !now.isBefore(lastScaledAt.plus(scaleDownAfter));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
