package io.athgrid.scheduler.provisioning;

/** Where a placement's workload is: still booting, running on every container, or failed to start. */
public enum LaunchState {
    BOOTING,
    RUNNING,
    FAILED
}
