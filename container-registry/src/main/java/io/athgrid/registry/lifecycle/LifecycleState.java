package io.athgrid.registry.lifecycle;

import java.util.Objects;

/**
 * A container's status and, while it is OFFLINE, the state a heartbeat brings it back to
 * ({@code resumeStatus}, null otherwise).
 */
public record LifecycleState(ContainerStatus status, ContainerStatus resumeStatus) {

    public LifecycleState {
        Objects.requireNonNull(status, "status");
        if ((status == ContainerStatus.OFFLINE) != (resumeStatus != null)) {
            throw new IllegalArgumentException("exactly an OFFLINE container remembers a state to resume");
        }
    }

    public static LifecycleState of(ContainerStatus status) {
        return new LifecycleState(status, null);
    }

    public static LifecycleState offline(ContainerStatus resumeStatus) {
        return new LifecycleState(ContainerStatus.OFFLINE, resumeStatus);
    }
}
