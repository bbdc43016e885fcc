package io.athgrid.agent.engine;

import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.protocol.engine.EngineAssignment;
import io.athgrid.protocol.engine.EngineAssignments;
import tools.jackson.core.JacksonException;

/** Reads a successful poll's answer; an answer that is not a container's {@link EngineAssignments} is refused. */
final class PolledAssignments {

    private PolledAssignments() {
    }

    /** @throws IllegalArgumentException when the body is not the assignments of this container */
    static EngineAssignments read(RegistryAnswer answer, String containerId) {
        EngineAssignments assignments;
        try {
            assignments = answer.body().isObject() ? AgentJson.MAPPER.treeToValue(answer.body(), EngineAssignments.class) : null;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the poll's answer is not engine assignments: " + e.getOriginalMessage());
        }
        if (assignments == null) {
            throw new IllegalArgumentException("the poll's answer has no JSON object");
        }
        if (assignments.containerId() != null && !assignments.containerId().equals(containerId)) {
            throw new IllegalArgumentException("the poll's answer is about container " + assignments.containerId());
        }
        for (EngineAssignment engine : assignments.engines()) {
            if (engine == null || engine.replicaId() == null || engine.replicaId().isBlank()) {
                throw new IllegalArgumentException("the poll's answer names an engine without a replica id");
            }
        }
        return assignments;
    }
}
