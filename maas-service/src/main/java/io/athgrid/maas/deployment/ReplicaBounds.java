package io.athgrid.maas.deployment;

/**
 * How many replicas a deployment may run: {@code min} may be 0 (scaled to zero when idle, started
 * again by the next request), {@code max} at least 1 and at most {@value #MOST}.
 */
public record ReplicaBounds(int min, int max) {

    /** A ceiling per deployment, so one enterprise's autoscaling cannot take a region's whole fleet. */
    public static final int MOST = 32;

    public ReplicaBounds {
        if (min < 0 || max < 1 || min > max || max > MOST) {
            throw new IllegalArgumentException("replicas: 0 <= min <= max, 1 <= max <= " + MOST + " (got min " + min
                    + ", max " + max + ")");
        }
    }

    public int clamp(int wanted) {
        return Math.max(min, Math.min(max, wanted));
    }
}
