package io.athgrid.agent.workload.docker;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.RunningEngine;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

/** A vLLM container started by {@link DockerWorkloadRuntime}. */
public final class DockerRunningEngine implements RunningEngine {

    private final EngineSpec spec;
    private final String containerId;
    private final URI endpoint;
    private final DockerWorkloadRuntime runtime;
    private final AtomicBoolean stopped = new AtomicBoolean();

    DockerRunningEngine(EngineSpec spec, String containerId, URI endpoint, DockerWorkloadRuntime runtime) {
        this.spec = spec;
        this.containerId = containerId;
        this.endpoint = endpoint;
        this.runtime = runtime;
    }

    @Override
    public EngineSpec spec() {
        return spec;
    }

    public String containerId() {
        return containerId;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public boolean healthy() {
        return runtime.healthy(endpoint);
    }

    @Override
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            runtime.stop(containerId);
        }
    }
}
