package io.athgrid.maas.deployment;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A model deployed for one enterprise: its model, GPU type, region and replica bounds, how many
 * replicas it wants now, and each replica's way. Immutable; every change answers the next version.
 * Changes that do not apply (an event for a replica already past that step, a replayed event) answer
 * the deployment unchanged, so the service can apply scheduler events at least once.
 *
 * @param desired          replicas wanted now (the autoscaler moves it within the bounds)
 * @param replicasCreated  how many replicas it ever asked for: the next replica's number
 */
public record Deployment(String deploymentId, String tenant, String modelId, String gpuModel, String region,
        ReplicaBounds bounds, int desired, DeploymentState state, List<Replica> replicas, int replicasCreated) {

    public Deployment {
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(state, "state");
        replicas = List.copyOf(replicas);
    }

    /** A new deployment asks for its minimum, and for one replica even when the minimum is 0. */
    public static Deployment create(String deploymentId, String tenant, String modelId, String gpuModel, String region,
            ReplicaBounds bounds) {
        Deployment empty = new Deployment(deploymentId, tenant, modelId, gpuModel, region, bounds, 0,
                DeploymentState.PROVISIONING, List.of(), 0);
        return empty.scaleTo(Math.max(bounds.min(), 1));
    }

    /**
     * The scheduler started the replica's job on {@code containerId}: its engine is starting there; where
     * it will answer is not known until the container's node agent reports it ({@link #engineAt}).
     */
    public Deployment placed(String replicaId, String containerId) {
        Objects.requireNonNull(containerId, "containerId");
        return update(replicaId, ReplicaState.REQUESTED, replica -> replica.placed(containerId));
    }

    /**
     * The starting replica's engine answers at {@code endpoint}; a later report replaces it (the engine was
     * restarted on another port). A replica past starting keeps the endpoint its health check passed on.
     */
    public Deployment engineAt(String replicaId, URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return update(replicaId, ReplicaState.STARTING, replica -> replica.at(endpoint));
    }

    /** The replica's engine passed its health check: it takes requests. Only an engine with an endpoint can. */
    public Deployment healthy(String replicaId) {
        if (replica(replicaId).filter(replica -> replica.endpoint() != null).isEmpty()) {
            return this;
        }
        return update(replicaId, ReplicaState.STARTING, replica -> replica.with(ReplicaState.READY));
    }

    /** The replica is lost (its job failed, its container went away, its engine stopped answering); another replaces it. */
    public Deployment failed(String replicaId) {
        Optional<Replica> found = replica(replicaId).filter(replica -> replica.state().live());
        if (found.isEmpty() || state == DeploymentState.STOPPED) {
            return this;
        }
        return replace(replicaId, found.get().with(ReplicaState.FAILED)).refill();
    }

    /** The job of a replica being taken away has ended. */
    public Deployment stopped(String replicaId) {
        return update(replicaId, ReplicaState.STOPPING, replica -> replica.with(ReplicaState.STOPPED));
    }

    /**
     * Wants {@code wanted} replicas (kept within the bounds): asks for new ones, or takes away the
     * least advanced (requested first, then starting, then the newest ready ones).
     */
    public Deployment scaleTo(int wanted) {
        if (state == DeploymentState.STOPPED) {
            return this;
        }
        int target = bounds.clamp(wanted);
        Deployment next = new Deployment(deploymentId, tenant, modelId, gpuModel, region, bounds, target, state,
                replicas, replicasCreated);
        return next.refill().trim();
    }

    /**
     * Takes new bounds (its owner rescaled it) and keeps the wanted count within them, asking for or
     * taking away replicas as {@link #scaleTo} does.
     */
    public Deployment rebound(ReplicaBounds next) {
        Objects.requireNonNull(next, "next");
        if (state == DeploymentState.STOPPED) {
            return this;
        }
        return new Deployment(deploymentId, tenant, modelId, gpuModel, region, next, desired, state, replicas,
                replicasCreated).scaleTo(desired);
    }

    /** Stops for good: every replica's job is to be ended. */
    public Deployment stop() {
        List<Replica> stopping = replicas.stream()
                .map(replica -> replica.state().live() ? replica.with(ReplicaState.STOPPING) : replica).toList();
        return new Deployment(deploymentId, tenant, modelId, gpuModel, region, bounds, 0, DeploymentState.STOPPED,
                stopping, replicasCreated);
    }

    public Optional<Replica> replica(String replicaId) {
        return replicas.stream().filter(replica -> replica.replicaId().equals(replicaId)).findFirst();
    }

    /** The replicas that take requests. */
    public List<Replica> ready() {
        return inState(ReplicaState.READY);
    }

    public List<Replica> inState(ReplicaState wanted) {
        return replicas.stream().filter(replica -> replica.state() == wanted).toList();
    }

    public long live() {
        return replicas.stream().filter(replica -> replica.state().live()).count();
    }

    private Deployment update(String replicaId, ReplicaState from, UnaryOperator<Replica> change) {
        Optional<Replica> found = replica(replicaId).filter(replica -> replica.state() == from);
        if (found.isEmpty() || (state == DeploymentState.STOPPED && from != ReplicaState.STOPPING)) {
            return this;
        }
        Replica changed = change.apply(found.get());
        return changed.equals(found.get()) ? this : replace(replicaId, changed).settled();
    }

    private Deployment replace(String replicaId, Replica changed) {
        List<Replica> next = replicas.stream()
                .map(replica -> replica.replicaId().equals(replicaId) ? changed : replica).toList();
        return new Deployment(deploymentId, tenant, modelId, gpuModel, region, bounds, desired, state, next,
                replicasCreated);
    }

    private Deployment refill() {
        List<Replica> next = new ArrayList<>(replicas);
        int created = replicasCreated;
        for (long live = live(); live < desired; live++) {
            created++;
            next.add(Replica.requested(deploymentId + "-r" + created));
        }
        return new Deployment(deploymentId, tenant, modelId, gpuModel, region, bounds, desired, state, next, created)
                .settled();
    }

    private Deployment trim() {
        long extra = live() - desired;
        if (extra <= 0) {
            return this;
        }
        List<String> leaving = replicas.stream().filter(replica -> replica.state().live())
                .sorted(Comparator.comparingInt((Replica replica) -> replica.state().ordinal())
                        .thenComparing(Comparator.comparingInt(Deployment::number).reversed()))
                .limit(extra)
                .map(Replica::replicaId)
                .toList();
        List<Replica> next = replicas.stream()
                .map(replica -> leaving.contains(replica.replicaId()) ? replica.with(ReplicaState.STOPPING) : replica)
                .toList();
        return new Deployment(deploymentId, tenant, modelId, gpuModel, region, bounds, desired, state, next,
                replicasCreated).settled();
    }

    /** PROVISIONING until every wanted replica was first ready; then READY when nothing is pending, else SCALING. */
    private Deployment settled() {
        if (state == DeploymentState.STOPPED) {
            return this;
        }
        boolean pending = replicas.stream()
                .anyMatch(replica -> replica.state() == ReplicaState.REQUESTED || replica.state() == ReplicaState.STARTING);
        boolean complete = !pending && ready().size() == desired;
        DeploymentState next;
        if (state == DeploymentState.PROVISIONING && !complete) {
            next = DeploymentState.PROVISIONING;
        } else {
            next = complete ? DeploymentState.READY : DeploymentState.SCALING;
        }
        return next == state ? this : new Deployment(deploymentId, tenant, modelId, gpuModel, region, bounds, desired,
                next, replicas, replicasCreated);
    }

    private static int number(Replica replica) {
        String id = replica.replicaId();
        return Integer.parseInt(id.substring(id.lastIndexOf("-r") + 2));
    }
}
