package io.athgrid.agent.simulation;

/**
 * The ground truth of one SIMULATED host of a fleet, which simulated checkers read instead of
 * probing a network: what it registered, what it really has, and whether it is up (heartbeating).
 *
 * @param registered   the GPUs its registration claims
 * @param actual       the GPUs it has: fewer than registered for an impostor
 * @param vramGbPerGpu the memory of each of its GPUs
 * @param heartbeating whether it is up: heartbeating, not stopped or refused by the registry
 */
public record SimulatedHostState(String containerId, int hostNumber, String endpoint, GpuSpec registered, GpuSpec actual,
        int vramGbPerGpu, boolean heartbeating) {

    /** It claims GPUs it does not have. */
    public boolean impostor() {
        return !registered.equals(actual);
    }
}
