package io.athgrid.registry.lifecycle;

import java.util.UUID;

/** In-process notice that a container's new status was committed (the heartbeat tracker caches it). */
public record StatusApplied(UUID containerId, ContainerStatus status) {
}
