package io.athgrid.agent.heartbeat;

import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.protocol.container.Heartbeat;
import io.athgrid.protocol.container.HeartbeatRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.ECKeyPair;

/**
 * Sends one container's signed heartbeats: one every interval (the registry's
 * {@code heartbeatIntervalSeconds}, updated from each answer), never two in flight.
 * <ul>
 * <li>unreachable platform, 5xx, 429 (honouring Retry-After), 400 (clock outside the registry's
 * window): try again after {@link io.athgrid.agent.registry.Backoff backoff};</li>
 * <li>409 (sequence seen already): skip the sequence ahead and try again; after
 * {@value #MAX_CONSECUTIVE_CONFLICTS} conflicts in a row (a retired container) stop;</li>
 * <li>401, 403, 404, 410: the registry does not accept this container or key; the loop stops and
 * {@link #finished()} says why.</li>
 * </ul>
 * {@link #pause()} and {@link #start} may be called any number of times (a simulated host going
 * offline and coming back); an answer to a heartbeat sent before a pause is ignored.
 */
public final class HeartbeatLoop {

    private static final Set<Integer> FATAL = Set.of(401, 403, 404, 410);
    /**
     * One skip ahead puts the sequence above anything accepted; 409s that go on mean another
     * conflict (the registry also answers 409 for a retired container).
     */
    static final int MAX_CONSECUTIVE_CONFLICTS = 3;

    private final String containerId;
    private final ECKeyPair nodeKey;
    private final HeartbeatRuntime runtime;
    private final HeartbeatListener listener;
    private final HeartbeatSequence sequence;
    private final CompletableFuture<Optional<String>> finished = new CompletableFuture<>();
    private Duration interval;
    private long generation;
    private boolean running;
    private int failures;
    private int conflicts;
    private ScheduledFuture<?> next;

    HeartbeatLoop(String containerId, ECKeyPair nodeKey, Duration interval, HeartbeatRuntime runtime,
            HeartbeatListener listener) {
        this.containerId = containerId;
        this.nodeKey = nodeKey;
        this.interval = interval;
        this.runtime = runtime;
        this.listener = listener;
        this.sequence = new HeartbeatSequence(runtime.clock());
    }

    public String containerId() {
        return containerId;
    }

    /** Starts heartbeating after {@code initialDelay}; does nothing when running or finished. */
    public synchronized void start(Duration initialDelay) {
        if (running || finished.isDone()) {
            return;
        }
        running = true;
        failures = 0;
        conflicts = 0;
        schedule(++generation, initialDelay);
    }

    /** Stops sending heartbeats until the next {@link #start}. */
    public synchronized void pause() {
        running = false;
        generation++;
        if (next != null) {
            next.cancel(false);
        }
    }

    /** Stops for good; {@link #finished()} completes without a reason. */
    public void close() {
        pause();
        finished.complete(Optional.empty());
    }

    public synchronized boolean isRunning() {
        return running;
    }

    /** Completes when the loop has stopped for good: with the reason if the registry refused the container. */
    public CompletableFuture<Optional<String>> finished() {
        return finished;
    }

    private synchronized void beat(long beatGeneration) {
        if (beatGeneration != generation) {
            return;
        }
        HeartbeatRequest request;
        try {
            Heartbeat heartbeat = new Heartbeat(containerId, sequence.next(), runtime.clock().instant().getEpochSecond());
            request = HeartbeatRequest.signed(heartbeat, nodeKey);
        } catch (RuntimeException e) {
            onAnswer(beatGeneration, RegistryAnswer.unreachable(e));
            return;
        }
        listener.sent(containerId);
        runtime.registry().heartbeat(containerId, request)
                .whenComplete((answer, error) -> onAnswer(beatGeneration, error == null ? answer : RegistryAnswer.unreachable(error)));
    }

    private synchronized void onAnswer(long beatGeneration, RegistryAnswer answer) {
        if (beatGeneration != generation) {
            return;
        }
        if (answer.isSuccess()) {
            if (failures > 0) {
                listener.recovered(containerId, failures);
            }
            failures = 0;
            conflicts = 0;
            long seconds = answer.number("heartbeatIntervalSeconds", interval.toSeconds());
            if (seconds > 0) {
                interval = Duration.ofSeconds(seconds);
            }
            listener.accepted(containerId, answer.text("status"));
            schedule(beatGeneration, interval);
            return;
        }
        conflicts = answer.status() == 409 ? conflicts + 1 : 0;
        if (FATAL.contains(answer.status())) {
            giveUp(answer.detail() + (answer.status() == 404
                    ? " - the registry does not know this container; remove container.json from the state directory to register again"
                    : " - the registry does not accept this node's signature"));
            return;
        }
        if (conflicts >= MAX_CONSECUTIVE_CONFLICTS) {
            giveUp(answer.detail() + " - " + conflicts + " conflicts in a row, not a replayed sequence");
            return;
        }
        failures++;
        if (answer.status() == 409) {
            sequence.skipAfterReplay(interval);
        }
        listener.failed(containerId, answer.detail(), failures);
        schedule(beatGeneration, runtime.backoff().delay(failures, answer.retryAfter()));
    }

    private void giveUp(String reason) {
        running = false;
        generation++;
        listener.stopped(containerId, reason);
        finished.complete(Optional.of(reason));
    }

    private void schedule(long beatGeneration, Duration delay) {
        try {
            next = runtime.scheduler().schedule(() -> beat(beatGeneration), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            running = false;
            finished.complete(Optional.of("the scheduler has shut down"));
        }
    }
}
