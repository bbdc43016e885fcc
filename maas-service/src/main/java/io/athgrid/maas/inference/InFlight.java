package io.athgrid.maas.inference;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The requests this maas-service instance is serving or holding, per deployment and per replica, and
 * when each deployment was last asked: what the replica picker balances on and the autoscaler scales
 * on. Counts are per instance; several instances each balance their own share (an ADR for shared
 * counts comes with running more than one).
 */
public class InFlight {

    private final Map<String, AtomicInteger> byDeployment = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byReplica = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastRequest = new ConcurrentHashMap<>();

    /** A request for the deployment arrived (it is held until a replica takes it). */
    public void arrived(String deploymentId, Instant at) {
        byDeployment.computeIfAbsent(deploymentId, id -> new AtomicInteger()).incrementAndGet();
        lastRequest.merge(deploymentId, at, (old, now) -> now.isAfter(old) ? now : old);
    }

    public void departed(String deploymentId) {
        byDeployment.computeIfPresent(deploymentId, (id, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    public void replicaTook(String replicaId) {
        byReplica.computeIfAbsent(replicaId, id -> new AtomicInteger()).incrementAndGet();
    }

    public void replicaDone(String replicaId) {
        byReplica.computeIfPresent(replicaId, (id, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    public int inFlight(String deploymentId) {
        AtomicInteger count = byDeployment.get(deploymentId);
        return count == null ? 0 : count.get();
    }

    public Optional<Instant> lastRequestAt(String deploymentId) {
        return Optional.ofNullable(lastRequest.get(deploymentId));
    }

    /** Requests outstanding per replica id, at this moment. */
    public Map<String, Integer> outstandingByReplica() {
        return byReplica.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
    }
}
