package io.athgrid.agent.enrolment;

import io.athgrid.agent.registry.RegistryAnswer;
import java.time.Duration;

/** A container the registry accepted: its id, its status then, and how often it wants heartbeats. */
public record RegisteredContainer(String containerId, String status, long heartbeatIntervalSeconds) {

    public static final long DEFAULT_HEARTBEAT_INTERVAL_SECONDS = 60;

    static RegisteredContainer from(RegistryAnswer answer) {
        String id = answer.text("containerId");
        if (id.isBlank()) {
            throw new io.athgrid.agent.AgentException("the registry accepted the registration but sent no containerId");
        }
        long interval = answer.number("heartbeatIntervalSeconds", DEFAULT_HEARTBEAT_INTERVAL_SECONDS);
        return new RegisteredContainer(id, answer.text("status"), interval > 0 ? interval : DEFAULT_HEARTBEAT_INTERVAL_SECONDS);
    }

    public Duration heartbeatInterval() {
        return Duration.ofSeconds(heartbeatIntervalSeconds);
    }
}
