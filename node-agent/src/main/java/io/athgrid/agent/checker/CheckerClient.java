package io.athgrid.agent.checker;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.protocol.check.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.ECKeyPair;

/**
 * One checker: a burner wallet that runs one or more delegated checker licenses. Every poll interval
 * it asks the platform for its open seats (the poll is also its sign of life), probes each new seat
 * on the probe threads, signs the result (EIP-712, in the domain the platform names) and submits it.
 * <ul>
 * <li>unreachable platform, 5xx, 429 (Retry-After honoured): the poll is retried with backoff, and
 * reports that did not get through are sent again on the next poll while their answer time lasts;</li>
 * <li>401 without a rejection reason (the session token lapsed): sign in again and carry on;</li>
 * <li>a report refused with a reason (BAD_SIGNATURE, NOT_ASSIGNED, REPLAYED, LATE, BANNED,
 * OWNER_CONFLICT, RESULT_MISMATCH): logged with the reason, never sent again;</li>
 * <li>a sign-in the gateway refuses, or a platform signing for another chain: the checker stops and
 * {@link #finished()} says why.</li>
 * </ul>
 */
public final class CheckerClient implements AutoCloseable {

    /** A seat is remembered this long after its answer time, so a poll answered late cannot bring it back. */
    private static final Duration REMEMBER_AFTER_ANSWER_TIME = Duration.ofMinutes(1);

    private final String label;
    private final ECKeyPair wallet;
    private final CheckerSession session;
    private final Probe probe;
    private final CheckerRuntime runtime;
    private final CheckerListener listener;
    private final Map<String, Instant> seats = new ConcurrentHashMap<>();
    private final Queue<Undelivered> undelivered = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Optional<String>> finished = new CompletableFuture<>();
    private boolean running;
    private int failures;
    private int signIns;
    private ScheduledFuture<?> next;

    private record Undelivered(Assignment assignment, CheckResult result) {
    }

    /**
     * @param label   how logs name this checker, e.g. "checker" or "simulated checker 7"
     * @param chainId the chain the wallet signs in for; the platform must sign reports on the same
     */
    public CheckerClient(String label, ECKeyPair wallet, long chainId, Probe probe, CheckerRuntime runtime,
            CheckerListener listener) {
        this.label = label;
        this.wallet = wallet;
        this.session = new CheckerSession(runtime.api(), wallet, chainId, runtime.clock());
        this.probe = probe;
        this.runtime = runtime;
        this.listener = listener;
    }

    /** The wallet's lower-case address. */
    public String wallet() {
        return session.address();
    }

    public CheckerSession session() {
        return session;
    }

    /** Starts polling after {@code initialDelay}; does nothing when running or finished. */
    public synchronized void start(Duration initialDelay) {
        if (running || finished.isDone()) {
            return;
        }
        running = true;
        schedule(initialDelay);
    }

    /** Stops for good; {@link #finished()} completes without a reason. Probes under way end on their own. */
    @Override
    public void close() {
        synchronized (this) {
            running = false;
            if (next != null) {
                next.cancel(false);
            }
        }
        finished.complete(Optional.empty());
    }

    /** Completes when the checker has stopped: with the reason if it stopped on a problem. */
    public CompletableFuture<Optional<String>> finished() {
        return finished;
    }

    private void poll() {
        synchronized (this) {
            if (!running) {
                return;
            }
        }
        Duration delay;
        try {
            List<Assignment> open = assignments();
            redeliver();
            int fresh = 0;
            for (Assignment assignment : open) {
                fresh += take(assignment) ? 1 : 0;
            }
            forgetPastSeats();
            if (failures > 0) {
                listener.recovered(label, failures);
            }
            failures = 0;
            delay = runtime.pollInterval();
        } catch (AgentException e) {
            stop(e.getMessage());
            return;
        } catch (PlatformCallException e) {
            delay = failed(e.getMessage(), e.answer().retryAfter());
        } catch (RuntimeException e) {
            delay = failed("polling failed: " + e, Optional.empty());
        }
        schedule(delay);
    }

    private List<Assignment> assignments() {
        String token = token();
        RegistryAnswer answer = runtime.api().assignments(token);
        if (!answer.isSuccess()) {
            if (PlatformCallException.sessionRejected(answer)) {
                session.invalidate(token);
            }
            throw new PlatformCallException("polling for assignments", answer);
        }
        List<Assignment> open = Assignment.listFrom(answer.body());
        listener.polled(label, answer.body().path("licenses").size(),
                (int) open.stream().filter(assignment -> !seats.containsKey(assignment.seat())).count());
        return open;
    }

    /** Probes a seat not seen before, on the probe threads; true when it was new. */
    private boolean take(Assignment assignment) {
        if (seats.putIfAbsent(assignment.seat(), assignment.answerBy().plus(REMEMBER_AFTER_ANSWER_TIME)) != null) {
            return false;
        }
        try {
            runtime.probes().execute(() -> check(assignment));
        } catch (RejectedExecutionException stopping) {
            seats.remove(assignment.seat());
            return false;
        }
        return true;
    }

    private void check(Assignment assignment) {
        CheckResult result;
        try {
            result = probe.check(assignment);
        } catch (CannotCheckException e) {
            listener.skipped(label, assignment, e.getMessage());
            return;
        } catch (RuntimeException e) {
            listener.skipped(label, assignment, "the probe failed: " + e);
            return;
        }
        if (runtime.clock().instant().isAfter(assignment.answerBy())) {
            listener.undelivered(label, assignment, "the probe finished after the answer time");
            return;
        }
        try {
            deliver(assignment, result);
        } catch (RuntimeException e) {
            listener.undelivered(label, assignment, "the report could not be sent: " + e);
        }
    }

    private void deliver(Assignment assignment, CheckResult result) {
        String token;
        ReportSubmission report;
        try {
            token = token();
            report = ReportSubmission.sign(assignment, result, session.domain(), wallet, runtime.clock().instant());
        } catch (PlatformCallException signInFailed) {
            undelivered.add(new Undelivered(assignment, result));
            return;
        } catch (AgentException e) {
            stop(e.getMessage());
            return;
        }
        RegistryAnswer answer = runtime.api().submit(token, report.json());
        if (answer.isSuccess()) {
            listener.accepted(label, assignment, result);
        } else if (PlatformCallException.sessionRejected(answer)) {
            session.invalidate(token);
            undelivered.add(new Undelivered(assignment, result));
        } else if (answer.isTransient()) {
            undelivered.add(new Undelivered(assignment, result));
        } else {
            String reason = answer.text("reason");
            listener.rejected(label, assignment, reason.isEmpty() ? "HTTP " + answer.status() : reason, answer.detail());
        }
    }

    /** Sends the reports the platform did not take earlier, while their answer time lasts. */
    private void redeliver() {
        Instant now = runtime.clock().instant();
        for (int pending = undelivered.size(); pending > 0; pending--) {
            Undelivered report = undelivered.poll();
            if (report == null) {
                return;
            }
            if (now.isAfter(report.assignment().answerBy())) {
                listener.undelivered(label, report.assignment(), "the platform did not take it before the answer time");
            } else {
                deliver(report.assignment(), report.result());
            }
        }
    }

    private String token() {
        String token = session.token();
        int count = session.signIns();
        synchronized (this) {
            if (count != signIns) {
                signIns = count;
                listener.signedIn(label, session.address());
            }
        }
        return token;
    }

    private void forgetPastSeats() {
        Instant now = runtime.clock().instant();
        seats.values().removeIf(forgetAt -> forgetAt.isBefore(now));
    }

    private Duration failed(String detail, Optional<Duration> retryAfter) {
        failures++;
        listener.failed(label, detail, failures);
        return runtime.backoff().delay(failures, retryAfter);
    }

    private void stop(String reason) {
        synchronized (this) {
            running = false;
            if (next != null) {
                next.cancel(false);
            }
        }
        if (!finished.isDone()) {
            listener.stopped(label, reason);
        }
        finished.complete(Optional.of(reason));
    }

    private synchronized void schedule(Duration delay) {
        if (!running) {
            return;
        }
        try {
            next = runtime.scheduler().schedule(this::poll, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            running = false;
            finished.complete(Optional.of("the scheduler has shut down"));
        }
    }
}
