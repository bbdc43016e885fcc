package io.athgrid.agent.workload.simulated;

import io.athgrid.agent.workload.EngineHealth;
import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.agent.workload.WorkloadException;
import io.athgrid.agent.workload.WorkloadRuntime;
import java.net.URI;

/** Runs SIMULATED engines in this process, each on a free loopback port. */
public final class SimulatedWorkloadRuntime implements WorkloadRuntime {

    private final EngineHealth health;

    public SimulatedWorkloadRuntime() {
        this(EngineHealth.create());
    }

    public SimulatedWorkloadRuntime(EngineHealth health) {
        this.health = health;
    }

    @Override
    public SimulatedRunningEngine start(EngineSpec spec) {
        SimulatedEngine engine = SimulatedEngine.start(spec);
        SimulatedRunningEngine running = new SimulatedRunningEngine(engine, health);
        if (!running.healthy()) {
            engine.close();
            throw new WorkloadException("the simulated engine for " + spec.servedModelName() + " on " + engine.endpoint()
                    + " does not answer its health check");
        }
        return running;
    }

    /** A simulated engine as a {@link RunningEngine}, with its counters at hand. */
    public static final class SimulatedRunningEngine implements RunningEngine {

        private final SimulatedEngine engine;
        private final EngineHealth health;

        SimulatedRunningEngine(SimulatedEngine engine, EngineHealth health) {
            this.engine = engine;
            this.health = health;
        }

        @Override
        public EngineSpec spec() {
            return engine.spec();
        }

        @Override
        public URI endpoint() {
            return engine.endpoint();
        }

        @Override
        public boolean healthy() {
            return health.isHealthy(engine.endpoint());
        }

        @Override
        public void stop() {
            engine.close();
        }

        public SimulatedEngineCounters counters() {
            return engine.counters();
        }
    }
}
