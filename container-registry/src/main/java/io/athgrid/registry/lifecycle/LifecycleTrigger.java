package io.athgrid.registry.lifecycle;

/** What moves a container through its lifecycle; a status change names its trigger as the reason. */
public enum LifecycleTrigger {
    CAPACITY_VERIFIED,
    CAPACITY_REJECTED,
    STAKE_SUFFICIENT,
    STAKE_BELOW_REQUIREMENT,
    LEASE_STARTED,
    LEASE_ENDED,
    HEARTBEATS_MISSED,
    HEARTBEAT_RESUMED,
    UNSTAKE_STARTED,
    /** The owner retires the container: at once if nothing is staked, else through unbonding. */
    RETIRE_REQUESTED,
    UNBONDING_COMPLETED
}
