package io.athgrid.registry.container;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The latest heartbeat of a container as the heartbeat tracker knows it (newer than the database). */
public interface LastHeartbeats {

    Optional<Instant> lastHeartbeatAt(UUID containerId);
}
