package io.athgrid.agent.workload;

import java.net.URI;

/** An engine a {@link WorkloadRuntime} started; closing it stops it. */
public interface RunningEngine extends AutoCloseable {

    EngineSpec spec();

    /** The base URI of its OpenAI API (which lives under {@code /v1}), e.g. {@code http://127.0.0.1:8000}. */
    URI endpoint();

    /** Whether {@code GET /health} answers 200 now. */
    boolean healthy();

    /** Stops the engine; stopping it again does nothing. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
