package io.athgrid.protocol.engine;

import java.util.List;

/**
 * The answer to a poll: every engine the container should run now. An engine the agent runs that is
 * not in the list is no longer wanted and is stopped.
 *
 * @param pollIntervalSeconds when to poll again
 */
public record EngineAssignments(String containerId, List<EngineAssignment> engines, long pollIntervalSeconds) {

    public EngineAssignments {
        engines = engines == null ? List.of() : List.copyOf(engines);
    }
}
