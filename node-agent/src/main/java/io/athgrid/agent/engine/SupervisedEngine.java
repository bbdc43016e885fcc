package io.athgrid.agent.engine;

import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.protocol.engine.EngineAssignment;
import java.time.Duration;
import java.time.Instant;

/**
 * One assigned engine as its supervisor sees it: not started, starting, failed to start (and when to
 * try again), or running with its endpoint reported or not. Guarded by the supervisor's lock.
 */
final class SupervisedEngine {

    private final EngineAssignment assignment;
    private RunningEngine running;
    private boolean starting;
    private int startFailures;
    private Instant retryAt = Instant.MIN;
    private boolean reporting;
    private boolean reported;
    private int reportFailures;

    SupervisedEngine(EngineAssignment assignment) {
        this.assignment = assignment;
    }

    EngineAssignment assignment() {
        return assignment;
    }

    String replicaId() {
        return assignment.replicaId();
    }

    RunningEngine running() {
        return running;
    }

    /** Not running, not on its way, and past the backoff of a failed start. */
    boolean shouldStart(Instant now) {
        return running == null && !starting && !now.isBefore(retryAt);
    }

    /** Running, and maas-service has not taken its endpoint yet (nor is a report under way). */
    boolean shouldReport() {
        return running != null && !reported && !reporting;
    }

    void starting() {
        starting = true;
    }

    void started(RunningEngine engine) {
        starting = false;
        running = engine;
    }

    /** @return how many starts failed in a row */
    int startFailed(Instant now, Duration backoff) {
        starting = false;
        startFailures++;
        retryAt = now.plus(backoff);
        return startFailures;
    }

    int startFailures() {
        return startFailures;
    }

    void reporting() {
        reporting = true;
    }

    void reported() {
        reporting = false;
        reported = true;
        reportFailures = 0;
    }

    /** @return how many reports failed in a row */
    int reportFailed() {
        reporting = false;
        return ++reportFailures;
    }
}
