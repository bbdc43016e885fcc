package io.athgrid.registry.registration;

import java.time.Instant;
import java.util.UUID;

/** In-process notice that a container's registration was committed (the heartbeat tracker starts watching it). */
public record ContainerEnrolled(UUID containerId, String nodePublicKey, Instant registeredAt) {
}
