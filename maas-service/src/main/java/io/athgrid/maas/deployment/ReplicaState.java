package io.athgrid.maas.deployment;

/**
 * One replica's way: REQUESTED (a GPU job asked of the scheduler), STARTING (its job started on a
 * container, the engine starting there; its endpoint once the node agent reports it), READY (its
 * health check passed: it takes requests), then STOPPING (its job to be ended) and STOPPED, or FAILED
 * (its engine unhealthy or never started, its job failed or its container lost).
 */
public enum ReplicaState {
    REQUESTED,
    STARTING,
    READY,
    STOPPING,
    STOPPED,
    FAILED;

    /** Counts towards the replicas a deployment has or is getting. */
    public boolean live() {
        return this == REQUESTED || this == STARTING || this == READY;
    }
}
