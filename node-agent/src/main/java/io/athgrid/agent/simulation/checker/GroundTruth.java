package io.athgrid.agent.simulation.checker;

import io.athgrid.agent.simulation.SimulatedHostState;
import java.util.Optional;

/**
 * Where SIMULATED checkers learn the truth about simulated hosts: a {@code SimulatedFleet} in the same
 * process ({@code fleet::host}). Hosts it does not know are not checked at all.
 */
@FunctionalInterface
public interface GroundTruth {

    /** No simulated hosts: every assignment is left unanswered. */
    GroundTruth NONE = containerId -> Optional.empty();

    Optional<SimulatedHostState> host(String containerId);
}
