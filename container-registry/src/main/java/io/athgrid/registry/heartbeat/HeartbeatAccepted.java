package io.athgrid.registry.heartbeat;

/** The answer to an accepted heartbeat: the container's status and how often to send the next ones. */
public record HeartbeatAccepted(String containerId, String status, long heartbeatIntervalSeconds) {
}
