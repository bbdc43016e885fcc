package io.athgrid.agent.engine;

import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.workload.WorkloadRuntime;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.web3j.crypto.ECKeyPair;

/**
 * What the engine supervisors of one process share: the engine channel (one connection pool), the
 * workload runtime, where the platform reaches engines, the scheduler polls run on, the threads
 * engines start and stop on (a start blocks until the engine is healthy: minutes for vLLM, which
 * must not hold up polls), the clock, the backoff policy and the poll interval used until
 * maas-service names its own.
 */
public record EngineSupervision(EngineChannel channel, WorkloadRuntime workloads, EngineAddress address,
        ScheduledExecutorService scheduler, ExecutorService work, Clock clock, Backoff backoff, Duration pollInterval) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    public EngineSupervision {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
    }

    /** @param label how log lines name the host, e.g. "host" or "simulated host sim-7" */
    public EngineSupervisor supervisor(String label, String containerId, ECKeyPair nodeKey) {
        return new EngineSupervisor(label, containerId, new SignedEngineCalls(containerId, nodeKey, channel, clock), this);
    }
}
