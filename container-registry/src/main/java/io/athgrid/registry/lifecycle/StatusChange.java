package io.athgrid.registry.lifecycle;

import java.time.Instant;

/** One row of a container's status history; {@code reason} is the trigger (or REGISTERED). */
public record StatusChange(ContainerStatus previousStatus, ContainerStatus status, ContainerStatus resumeStatus,
        String reason, String note, Instant changedAt) {
}
