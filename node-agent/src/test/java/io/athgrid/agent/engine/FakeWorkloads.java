package io.athgrid.agent.engine;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.agent.workload.WorkloadException;
import io.athgrid.agent.workload.WorkloadRuntime;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A workload runtime that starts nothing: it records the specs and hands out engines that only know whether they were stopped. */
final class FakeWorkloads implements WorkloadRuntime {

    private final List<EngineSpec> starts = new CopyOnWriteArrayList<>();
    private final List<FakeEngine> engines = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger ports = new AtomicInteger(41_000);

    /** The next {@code count} starts fail as a start that never became healthy. */
    FakeWorkloads failNextStarts(int count) {
        failuresLeft.set(count);
        return this;
    }

    @Override
    public RunningEngine start(EngineSpec spec) {
        starts.add(spec);
        if (failuresLeft.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
            throw new WorkloadException("engine " + spec.servedModelName() + ": the engine was not healthy within PT20M");
        }
        FakeEngine engine = new FakeEngine(spec, URI.create("http://127.0.0.1:" + ports.incrementAndGet()));
        engines.add(engine);
        return engine;
    }

    List<EngineSpec> starts() {
        return starts;
    }

    List<FakeEngine> engines() {
        return engines;
    }

    static final class FakeEngine implements RunningEngine {

        private final EngineSpec spec;
        private final URI endpoint;
        private volatile boolean stopped;

        FakeEngine(EngineSpec spec, URI endpoint) {
            this.spec = spec;
            this.endpoint = endpoint;
        }

        @Override
        public EngineSpec spec() {
            return spec;
        }

        @Override
        public URI endpoint() {
            return endpoint;
        }

        @Override
        public boolean healthy() {
            return !stopped;
        }

        @Override
        public void stop() {
            stopped = true;
        }

        boolean stopped() {
            return stopped;
        }
    }
}
