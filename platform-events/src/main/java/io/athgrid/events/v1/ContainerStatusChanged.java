package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/**
 * A container moved through its lifecycle ({@code CHECKING, WAITING_FOR_STAKE, STANDBY, SERVING,
 * OFFLINE, HALTED, DISSOLVING, RETIRED}); {@code reason} names the trigger, such as
 * {@code HEARTBEATS_MISSED}.
 */
public record ContainerStatusChanged(
        String containerId,
        String owner,
        String previousStatus,
        String status,
        String reason,
        Instant changedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
