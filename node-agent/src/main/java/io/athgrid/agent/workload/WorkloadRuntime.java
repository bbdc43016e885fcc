package io.athgrid.agent.workload;

/** Starts inference engines on this host: vLLM containers on a GPU host, SIMULATED engines elsewhere. */
public interface WorkloadRuntime {

    /**
     * Starts an engine and returns once it answers its health check.
     *
     * @throws WorkloadException if it cannot be started or does not become healthy in time
     */
    RunningEngine start(EngineSpec spec);
}
