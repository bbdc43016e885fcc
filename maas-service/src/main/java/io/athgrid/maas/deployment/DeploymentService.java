package io.athgrid.maas.deployment;

import io.athgrid.maas.deployment.ReplicaOrderStore.OpenOrder;
import io.athgrid.maas.deployment.ReplicaOrderStore.ReplicaRef;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change of a deployment, one method each: in one transaction the deployment is read with its
 * row locked ({@link DeploymentStore#findForUpdate}), the domain decides ({@link Deployment}), and the
 * next version is written with a history line ({@link DeploymentStore#save}). Changes that do not
 * apply (a replayed event, a replica already past that step) write nothing.
 */
public class DeploymentService {

    /** History lines a view shows: the latest, so a deployment that lost many replicas stays readable. */
    static final int HISTORY_SHOWN = 200;

    private final DeploymentStore store;
    private final ReplicaOrderStore orders;
    private final DeploymentRules rules;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DeploymentService(DeploymentStore store, ReplicaOrderStore orders, DeploymentRules rules,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A new deployment of {@code tenant}'s asking for its first replicas; an invalid request writes nothing. */
    public Deployment create(String tenant, DeploymentRequest request) {
        ValidDeployment valid = rules.validate(request);
        Deployment deployment = Deployment.create("dep-" + UUID.randomUUID(), tenant, valid.model().id().value(),
                valid.gpuModel().name(), valid.region().code(), valid.bounds());
        transaction.executeWithoutResult(status -> store.insert(deployment, now(), "created: " + deployment.modelId()
                + " on " + deployment.gpuModel() + " in " + deployment.region() + ", " + valid.bounds().min() + " .. "
                + valid.bounds().max() + " replicas; " + names(deployment.replicas().stream()
                        .map(Replica::replicaId).toList()) + " requested"));
        return deployment;
    }

    public Optional<Deployment> find(String deploymentId) {
        return store.find(deploymentId);
    }

    /** The tenant's deployments, or everyone's for a null tenant, newest first. */
    public List<Deployment> newest(String tenant, int limit) {
        return tenant == null ? store.newest(limit) : store.ofTenant(tenant, limit);
    }

    /** The deployment as its owner sees it: with each replica's order and the latest history lines. */
    public DeploymentView view(Deployment deployment) {
        return DeploymentView.of(deployment, orders.ordersOf(deployment.deploymentId()),
                store.recentHistory(deployment.deploymentId(), HISTORY_SHOWN));
    }

    /** Stops for good; stopping a stopped deployment changes nothing. */
    public Deployment stop(String deploymentId, String by) {
        return change(deploymentId, Deployment::stop, false, "stopped by " + by + "; the orders of its replicas are cancelled");
    }

    /** New replica bounds from its owner; invalid ones write nothing, a stopped deployment takes none. */
    public Deployment rebound(String deploymentId, ScaleRequest request, String by) {
        ReplicaBounds bounds = DeploymentRules.validBounds(request.minReplicas(), request.maxReplicas());
        return change(deploymentId, deployment -> {
            if (deployment.state() == DeploymentState.STOPPED) {
                throw new DeploymentStoppedException();
            }
            return deployment.rebound(bounds);
        }, true, "bounds set to " + bounds.min() + " .. " + bounds.max() + " by " + by);
    }

    /** The scheduler took the replica's order, placed as {@code account}: it is billed for the job from now on. */
    public void orderPlaced(ReplicaRef replica, UUID orderId, String account) {
        transaction.executeWithoutResult(status -> {
            Deployment deployment = locked(replica.deploymentId());
            orders.recordOrder(replica.replicaId(), orderId, account, now());
            store.note(deployment, now(), "replica " + shortName(replica.replicaId()) + ": order " + orderId
                    + " placed with the scheduler");
        });
    }

    /** The scheduler refused the replica's order as asked: the replica fails, another is requested. */
    public void orderRefused(ReplicaRef replica, int httpStatus, String reason) {
        transaction.executeWithoutResult(status -> {
            replicaChange(replica, deployment -> deployment.failed(replica.replicaId()),
                    "the scheduler refused its order (" + httpStatus + "): " + reason);
            orders.markRefused(replica.replicaId(), now());
        });
    }

    /**
     * The replica's job is gone or no longer serves it (the job failed, its container was lost, its order
     * was ended outside maas-service): the replica fails and another is requested.
     *
     * @param jobEnded whether the order's job has ended, so there is nothing left to cancel
     */
    public void jobLost(UUID orderId, String why, boolean jobEnded) {
        transaction.executeWithoutResult(status -> orders.byOrder(orderId).ifPresent(replica -> {
            replicaChange(replica, deployment -> deployment.failed(replica.replicaId()), why);
            if (jobEnded) {
                orders.markEnded(orderId, now());
            }
        }));
    }

    /** The order of a replica no longer wanted was cancelled (or its job had ended): a stopping replica is stopped. */
    public void orderCancelled(OpenOrder order) {
        transaction.executeWithoutResult(status -> {
            Deployment before = locked(order.deploymentId());
            orders.markEnded(order.orderId(), now());
            Deployment after = before.stopped(order.replicaId());
            String what = "replica " + shortName(order.replicaId()) + ": order " + order.orderId() + " cancelled";
            if (after.equals(before)) {
                store.note(before, now(), what);
            } else {
                store.saveNoting(before, after, now(), what + ", replica stopped");
            }
        });
    }

    /** A stopping replica that has no job running (never ordered, or its order has ended). */
    public void replicaStopped(ReplicaRef replica) {
        replicaChange(replica, deployment -> deployment.stopped(replica.replicaId()), "stopped");
    }

    /**
     * The scheduler started the replica's job (its {@code JobStarted}): the replica is starting on the job's
     * container. Jobs of orders that are not a replica's are not ours and change nothing.
     */
    public void jobStarted(UUID orderId, String containerId) {
        transaction.executeWithoutResult(status -> orders.byOrder(orderId).ifPresent(replica ->
                replicaChange(replica, deployment -> deployment.placed(replica.replicaId(), containerId),
                        "placed on container " + containerId + ", its engine starting")));
    }

    /**
     * The node agent of {@code containerId} reports where the replica's engine answers. Only a replica placed on
     * that container takes it; the answer is the deployment as it is now, for the caller to see whether it did.
     */
    public Optional<Deployment> engineReported(String replicaId, String containerId, URI endpoint) {
        return orders.deploymentOf(replicaId).map(deploymentId -> replicaChange(new ReplicaRef(replicaId, deploymentId),
                deployment -> deployment.replica(replicaId).filter(replica -> containerId.equals(replica.containerId()))
                        .map(replica -> deployment.engineAt(replicaId, endpoint)).orElse(deployment),
                "engine at " + endpoint));
    }

    /**
     * The engine at {@code checked} passed its health check: the replica takes requests, unless it was
     * reported at another endpoint since.
     */
    public Optional<Deployment> engineHealthy(String replicaId, URI checked) {
        return orders.deploymentOf(replicaId).map(deploymentId -> replicaChange(new ReplicaRef(replicaId, deploymentId),
                deployment -> deployment.replica(replicaId).filter(replica -> checked.equals(replica.endpoint()))
                        .map(replica -> deployment.healthy(replicaId)).orElse(deployment),
                "healthy, takes requests"));
    }

    /**
     * The replica's engine is lost (it stopped answering its health checks, or never became healthy): the
     * replica fails and another is requested, as when its job is lost; its order is then cancelled. Only a
     * replica still {@code seenIn} fails, so a verdict reached on an older state changes nothing.
     */
    public Optional<Deployment> engineLost(String replicaId, ReplicaState seenIn, String why) {
        return orders.deploymentOf(replicaId).map(deploymentId -> replicaChange(new ReplicaRef(replicaId, deploymentId),
                deployment -> deployment.replica(replicaId).filter(replica -> replica.state() == seenIn)
                        .map(replica -> deployment.failed(replicaId)).orElse(deployment),
                why));
    }

    private Deployment replicaChange(ReplicaRef replica, UnaryOperator<Deployment> step, String what) {
        return transaction.execute(status -> {
            Deployment before = locked(replica.deploymentId());
            Deployment after = step.apply(before);
            store.saveNoting(before, after, now(), "replica " + shortName(replica.replicaId()) + ": " + what
                    + replacements(before, after));
            return after;
        });
    }

    private Deployment change(String deploymentId, UnaryOperator<Deployment> step, boolean noting, String detail) {
        return transaction.execute(status -> {
            Deployment before = locked(deploymentId);
            Deployment after = step.apply(before);
            if (noting) {
                store.saveNoting(before, after, now(), detail + replacements(before, after));
            } else {
                store.save(before, after, now(), detail);
            }
            return after;
        });
    }

    private Deployment locked(String deploymentId) {
        return store.findForUpdate(deploymentId).orElseThrow(() -> new DeploymentNotFoundException(deploymentId));
    }

    /** "; r3 requested" when the change asked for new replicas. */
    private static String replacements(Deployment before, Deployment after) {
        Set<String> known = before.replicas().stream().map(Replica::replicaId).collect(Collectors.toSet());
        List<String> added = after.replicas().stream().map(Replica::replicaId).filter(id -> !known.contains(id))
                .toList();
        return added.isEmpty() ? "" : "; " + names(added) + " requested";
    }

    private static String names(List<String> replicaIds) {
        return replicaIds.stream().map(DeploymentService::shortName).collect(Collectors.joining(", "));
    }

    /** r3 for dep-...-r3: the history is read per deployment, so the replica's number says enough. */
    static String shortName(String replicaId) {
        return replicaId.substring(replicaId.lastIndexOf("-r") + 1);
    }

    /** Microseconds, as PostgreSQL keeps them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
