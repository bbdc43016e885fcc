package io.athgrid.maas.engine;

import io.athgrid.maas.deployment.ReplicaState;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What each health check means for its replica: a starting engine that answers takes requests; a ready one
 * that failed {@code failedChecks} checks in a row is lost, as is one still starting {@code startDeadline}
 * after its placement (loading weights takes minutes, so a starting engine's failed checks are not counted).
 * The consecutive failures are kept in memory, per instance: a restart starts counting again. Used by one
 * thread at a time.
 */
public final class EngineHealth {

    /** What to do about a replica after its check. */
    public enum Verdict {
        /** Nothing changes. */
        NONE,
        /** A starting engine answered: the replica takes requests. */
        READY,
        /** A ready engine failed its checks too often in a row: the replica fails. */
        UNHEALTHY,
        /** A starting engine did not become healthy in time: the replica fails. */
        NOT_STARTED
    }

    private final int failedChecks;
    private final Duration startDeadline;
    private final Map<String, Integer> failures = new HashMap<>();

    public EngineHealth(int failedChecks, Duration startDeadline) {
        if (failedChecks < 1) {
            throw new IllegalArgumentException("failedChecks must be at least 1");
        }
        this.failedChecks = failedChecks;
        this.startDeadline = Objects.requireNonNull(startDeadline, "startDeadline");
    }

    /**
     * @param passed   whether the engine answered its health check; false too when it has no endpoint yet
     * @param placedAt when the replica was placed on its container; null when unknown (no deadline applies)
     */
    public Verdict judge(String replicaId, ReplicaState state, boolean passed, Instant placedAt, Instant now) {
        if (state == ReplicaState.STARTING) {
            failures.remove(replicaId);
            if (passed) {
                return Verdict.READY;
            }
            boolean late = placedAt != null && !now.isBefore(placedAt.plus(startDeadline));
            return late ? Verdict.NOT_STARTED : Verdict.NONE;
        }
        if (state != ReplicaState.READY || passed) {
            failures.remove(replicaId);
            return Verdict.NONE;
        }
        int failed = failures.merge(replicaId, 1, Integer::sum);
        if (failed < failedChecks) {
            return Verdict.NONE;
        }
        failures.remove(replicaId);
        return Verdict.UNHEALTHY;
    }

    /** Consecutive failed checks of the ready replica so far. */
    public int failures(String replicaId) {
        return failures.getOrDefault(replicaId, 0);
    }

    /** Forgets replicas no longer looked after (failed, stopped, or taken over by another instance's verdict). */
    public void retainOnly(Collection<String> replicaIds) {
        Set<String> kept = new HashSet<>(replicaIds);
        failures.keySet().removeIf(replicaId -> !kept.contains(replicaId));
    }

    public int failedChecks() {
        return failedChecks;
    }

    public Duration startDeadline() {
        return startDeadline;
    }
}
