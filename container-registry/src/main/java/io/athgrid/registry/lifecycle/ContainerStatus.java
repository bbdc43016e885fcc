package io.athgrid.registry.lifecycle;

/** Where a container is in its life (design §1 "Container"). */
public enum ContainerStatus {
    /** Capacity verification, up to 24 h. */
    CHECKING,
    WAITING_FOR_STAKE,
    /** Ready and idle: the only state the Indexer matches. */
    STANDBY,
    /** Running customer work. */
    SERVING,
    /** Missed its heartbeats; remembers the state a heartbeat brings it back to. */
    OFFLINE,
    /** Slashed below its stake requirement, until topped up. */
    HALTED,
    /** Unstaking (unbonding period). */
    DISSOLVING,
    RETIRED;

    /** Whether the container is expected to send heartbeats, i.e. can go OFFLINE. */
    public boolean expectsHeartbeats() {
        return this == CHECKING || this == WAITING_FOR_STAKE || this == STANDBY || this == SERVING || this == HALTED;
    }
}
