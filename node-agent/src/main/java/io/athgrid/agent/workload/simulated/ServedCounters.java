package io.athgrid.agent.workload.simulated;

import java.util.concurrent.atomic.LongAdder;

/** The engine's running counts, written by its handler threads. */
final class ServedCounters {

    private final LongAdder served = new LongAdder();
    private final LongAdder streamed = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder aborted = new LongAdder();
    private final LongAdder promptTokens = new LongAdder();
    private final LongAdder completionTokens = new LongAdder();

    void served(CompletionRequest request, Generation generation) {
        promptTokens.add(request.promptTokens());
        completionTokens.add(generation.completionTokens());
        if (request.stream()) {
            streamed.increment();
        }
        served.increment();
    }

    void rejected() {
        rejected.increment();
    }

    void aborted() {
        aborted.increment();
    }

    SimulatedEngineCounters snapshot() {
        return new SimulatedEngineCounters(served.sum(), streamed.sum(), rejected.sum(), aborted.sum(), promptTokens.sum(),
                completionTokens.sum());
    }
}
