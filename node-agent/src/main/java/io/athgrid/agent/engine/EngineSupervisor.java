package io.athgrid.agent.engine;

import io.athgrid.agent.heartbeat.HeartbeatListener;
import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.protocol.engine.EngineAssignment;
import io.athgrid.protocol.engine.EngineAssignments;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The inference engines of one container. While the container is SERVING (as the answers to its
 * heartbeats say: {@link #accepted}) it asks maas-service which engines should run, every
 * {@code pollIntervalSeconds} of the last answer; right away when the status turns SERVING, and a
 * last time when it stops serving, to stop what is no longer wanted. A container that is not
 * serving has no jobs, so it does not poll: of a thousand simulated hosts only the serving ones do.
 * <ul>
 * <li>a newly assigned engine starts on the work threads (vLLM takes minutes to become healthy),
 * then its endpoint is reported; a report that failed is sent again at the next poll;</li>
 * <li>an engine no longer assigned is stopped (one still starting, as soon as it is up);</li>
 * <li>an engine that failed to start is started again at a later poll, after backoff;</li>
 * <li>unreachable platform, 5xx, 429: the poll is retried with backoff (Retry-After honoured);
 * another 4xx is logged and polling carries on at the interval;</li>
 * <li>the last poll of a container that stopped serving is retried until answered; if it is refused,
 * every engine stops (no jobs, and nobody vouches for them).</li>
 * </ul>
 * {@link #close()} and {@link #halt()} stop every engine.
 */
public final class EngineSupervisor implements HeartbeatListener, AutoCloseable {

    public static final String SERVING = "SERVING";

    private static final System.Logger LOG = System.getLogger(EngineSupervisor.class.getName());

    private final String label;
    private final String containerId;
    private final SignedEngineCalls calls;
    private final EngineSupervision runtime;
    private final Map<String, SupervisedEngine> engines = new LinkedHashMap<>();
    private boolean serving;
    private boolean closed;
    private long generation;
    private int pollFailures;
    private ScheduledFuture<?> next;

    EngineSupervisor(String label, String containerId, SignedEngineCalls calls, EngineSupervision runtime) {
        this.label = label;
        this.containerId = containerId;
        this.calls = calls;
        this.runtime = runtime;
    }

    public String containerId() {
        return containerId;
    }

    @Override
    public void accepted(String acceptedContainerId, String status) {
        statusIs(status);
    }

    /** The registry refused the container for good: it serves nothing any more. */
    @Override
    public void stopped(String stoppedContainerId, String reason) {
        halt();
    }

    /** The container's status as the registry last answered it; a change to or from SERVING polls right away. */
    public synchronized void statusIs(String status) {
        boolean nowServing = SERVING.equals(status);
        if (closed || nowServing == serving) {
            return;
        }
        serving = nowServing;
        pollFailures = 0;
        if (nowServing) {
            LOG.log(Level.INFO, "{0}: container {1} is SERVING; asking which engines to run", label, containerId);
        } else {
            LOG.log(Level.INFO, "{0}: container {1} is {2}, no longer SERVING; asking a last time which engines to keep",
                    label, containerId, status);
        }
        generation++;
        cancelNext();
        schedule(generation, Duration.ZERO);
    }

    public synchronized boolean isServing() {
        return serving;
    }

    /** The engines that run now (started and healthy when they started), by replica id. */
    public synchronized Map<String, RunningEngine> engines() {
        Map<String, RunningEngine> running = new LinkedHashMap<>();
        engines.values().stream().filter(engine -> engine.running() != null)
                .forEach(engine -> running.put(engine.replicaId(), engine.running()));
        return running;
    }

    /**
     * The host went down (a simulated host stopped, or the registry refused its heartbeats): polling
     * stops and every engine with it, until the container is SERVING again.
     */
    public void halt() {
        List<RunningEngine> running;
        synchronized (this) {
            serving = false;
            running = takeEngines();
        }
        running.forEach(this::stopQuietly);
    }

    /** Stops polling and every engine, for good; returns once the engines are stopped. */
    @Override
    public void close() {
        List<RunningEngine> running;
        synchronized (this) {
            closed = true;
            serving = false;
            running = takeEngines();
        }
        running.forEach(this::stopQuietly);
    }

    private void poll(long pollGeneration) {
        synchronized (this) {
            if (pollGeneration != generation || closed) {
                return;
            }
        }
        calls.poll().whenComplete((answer, failure) -> onPollAnswer(pollGeneration,
                failure == null ? answer : RegistryAnswer.unreachable(failure)));
    }

    private synchronized void onPollAnswer(long pollGeneration, RegistryAnswer answer) {
        if (pollGeneration != generation || closed) {
            return;
        }
        if (answer.isTransient()) {
            pollFailed(answer.detail());
            schedule(pollGeneration, runtime.backoff().delay(pollFailures, answer.retryAfter()));
            return;
        }
        EngineAssignments assignments;
        try {
            if (!answer.isSuccess()) {
                throw new IllegalArgumentException(answer.detail());
            }
            assignments = PolledAssignments.read(answer, containerId);
        } catch (IllegalArgumentException refused) {
            pollFailed(refused.getMessage());
            if (serving) {
                schedule(pollGeneration, runtime.pollInterval());
            } else {
                // No jobs on a container that does not serve, and maas-service named none: nothing to keep.
                apply(List.of());
            }
            return;
        }
        if (pollFailures > 0) {
            LOG.log(Level.INFO, "{0}: engines of container {1} polled again after {2} failures", label, containerId,
                    pollFailures);
            pollFailures = 0;
        }
        apply(assignments.engines());
        if (serving) {
            schedule(pollGeneration, assignments.pollIntervalSeconds() > 0
                    ? Duration.ofSeconds(assignments.pollIntervalSeconds()) : runtime.pollInterval());
        }
    }

    private void apply(List<EngineAssignment> assigned) {
        Set<String> wanted = assigned.stream().map(EngineAssignment::replicaId).collect(Collectors.toSet());
        for (Iterator<SupervisedEngine> it = engines.values().iterator(); it.hasNext();) {
            SupervisedEngine engine = it.next();
            if (!wanted.contains(engine.replicaId())) {
                it.remove();
                retire(engine);
            }
        }
        if (!serving) {
            return;
        }
        Instant now = runtime.clock().instant();
        for (EngineAssignment assignment : assigned) {
            SupervisedEngine engine = engines.computeIfAbsent(assignment.replicaId(), id -> new SupervisedEngine(assignment));
            if (engine.shouldStart(now)) {
                start(engine);
            } else if (engine.shouldReport()) {
                report(engine);
            }
        }
    }

    private void start(SupervisedEngine engine) {
        engine.starting();
        LOG.log(Level.INFO, "{0}: starting the engine of replica {1} ({2})", label, engine.replicaId(),
                engine.assignment().servedModelName());
        try {
            runtime.work().execute(() -> runStart(engine));
        } catch (RejectedExecutionException stopping) {
            engine.startFailed(runtime.clock().instant(), runtime.pollInterval());
        }
    }

    /** On a work thread: blocks until the engine is healthy or its start failed. */
    private void runStart(SupervisedEngine engine) {
        RunningEngine running;
        try {
            running = runtime.workloads().start(AssignedEngineSpec.of(engine.assignment()));
        } catch (RuntimeException e) {
            startFailed(engine, e);
            return;
        }
        if (!keep(engine, running)) {
            stopQuietly(running);
        }
    }

    private synchronized boolean keep(SupervisedEngine engine, RunningEngine running) {
        if (closed || engines.get(engine.replicaId()) != engine) {
            LOG.log(Level.INFO, "{0}: the engine of replica {1} came up after it was no longer wanted; stopping it", label,
                    engine.replicaId());
            return false;
        }
        engine.started(running);
        LOG.log(Level.INFO, "{0}: the engine of replica {1} ({2}) is healthy at {3}", label, engine.replicaId(),
                engine.assignment().servedModelName(), running.endpoint());
        report(engine);
        return true;
    }

    private synchronized void startFailed(SupervisedEngine engine, RuntimeException failure) {
        if (closed || engines.get(engine.replicaId()) != engine) {
            return;
        }
        Duration wait = runtime.backoff().delay(engine.startFailures() + 1);
        int failures = engine.startFailed(runtime.clock().instant(), wait);
        LOG.log(Level.WARNING, "{0}: the engine of replica {1} did not start (attempt {2}): {3}; trying again at a poll "
                + "after {4} s", label, engine.replicaId(), failures, failure.getMessage(), wait.toSeconds());
    }

    private void report(SupervisedEngine engine) {
        engine.reporting();
        URI endpoint = runtime.address().of(engine.running().endpoint());
        calls.report(engine.replicaId(), endpoint).whenComplete((answer, failure) -> onReportAnswer(engine, endpoint,
                failure == null ? answer : RegistryAnswer.unreachable(failure)));
    }

    private synchronized void onReportAnswer(SupervisedEngine engine, URI endpoint, RegistryAnswer answer) {
        if (answer.isSuccess()) {
            engine.reported();
            LOG.log(Level.INFO, "{0}: reported the engine of replica {1} at {2}", label, engine.replicaId(), endpoint);
        } else if (engine.reportFailed() == 1) {
            LOG.log(Level.WARNING, "{0}: reporting the engine of replica {1} at {2} failed ({3}); reporting it again at the "
                    + "next polls", label, engine.replicaId(), endpoint, answer.detail());
        }
    }

    private void retire(SupervisedEngine engine) {
        if (engine.running() == null) {
            return;
        }
        LOG.log(Level.INFO, "{0}: stopping the engine of replica {1}: no longer assigned", label, engine.replicaId());
        RunningEngine running = engine.running();
        try {
            runtime.work().execute(() -> stopQuietly(running));
        } catch (RejectedExecutionException shuttingDown) {
            stopQuietly(running);
        }
    }

    private void pollFailed(String detail) {
        if (++pollFailures == 1) {
            LOG.log(Level.WARNING, "{0}: asking for the engines of container {1} failed ({2}); trying again, further "
                    + "failures are not logged until it works", label, containerId, detail);
        }
    }

    /** Stops polling and hands over the running engines to stop; engines still starting stop when they are up. */
    private List<RunningEngine> takeEngines() {
        generation++;
        cancelNext();
        List<RunningEngine> running = new ArrayList<>(engines().values());
        engines.clear();
        return running;
    }

    private void stopQuietly(RunningEngine engine) {
        try {
            engine.stop();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "{0}: stopping the engine at {1} failed: {2}", label, engine.endpoint(), e.getMessage());
        }
    }

    private void cancelNext() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    private void schedule(long pollGeneration, Duration delay) {
        try {
            next = runtime.scheduler().schedule(() -> poll(pollGeneration), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            next = null;
        }
    }
}
