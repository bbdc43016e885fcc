package io.athgrid.maas.deployment;

import io.athgrid.maas.catalog.Catalog;
import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.maas.catalog.ModelId;
import io.athgrid.maas.deployment.ReplicaOrderStore.OpenOrder;
import io.athgrid.maas.deployment.ReplicaOrderStore.ReplicaRef;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns replicas into scheduler orders and back: orders a GPU job for each requested replica, cancels
 * the orders of replicas no longer wanted, stops the stopping replicas whose job has ended, and asks the
 * scheduler about requested replicas' orders that have gone without news ({@link Reconciliation}). Each
 * round takes what is due from the database, so a missed or failed round is made up by the next, on
 * this instance or another. Calls to the scheduler happen outside any transaction.
 */
public class Placement {

    private static final Logger log = LoggerFactory.getLogger(Placement.class);

    private final DeploymentService deployments;
    private final ReplicaOrderStore orders;
    private final Catalog catalog;
    private final SchedulerClient scheduler;
    private final Settings settings;
    private final Reconciliation reconciliation;
    private final Clock clock;

    /**
     * @param gpuAccount       the platform's MaaS account every order is placed as (it pays the GPUs)
     * @param maxUsdPerGpuHour the budget every replica's order carries
     * @param orderClaim       how long a worker may take to order one replica before another may try
     *                         (longer than a scheduler call may last)
     * @param refusalPause     after the scheduler refused an order of a deployment, how long its next
     *                         orders wait (a refusal as asked is likely to repeat)
     * @param reconcileAfter   how long a requested replica's order goes without news before the scheduler is
     *                         asked about its job ({@link Reconciliation})
     * @param batch            replicas or orders handled per step of a round
     */
    public record Settings(String gpuAccount, BigDecimal maxUsdPerGpuHour, Duration orderClaim, Duration refusalPause,
            Duration reconcileAfter, int batch) {
    }

    public Placement(DeploymentService deployments, ReplicaOrderStore orders, Catalog catalog,
            SchedulerClient scheduler, Settings settings, Clock clock) {
        this.deployments = deployments;
        this.orders = orders;
        this.catalog = catalog;
        this.scheduler = scheduler;
        this.settings = settings;
        this.reconciliation = new Reconciliation(settings.reconcileAfter());
        this.clock = clock;
    }

    /** One round: order, cancel, stop, reconcile. */
    public void round() {
        orderRequested();
        cancelUnwanted();
        stopEnded();
        reconcileRequested();
    }

    /** Orders a job for each requested replica; stops at the first unanswered call, the next round goes on. */
    void orderRequested() {
        Instant now = clock.instant();
        Instant claimsStaleBefore = now.minus(settings.orderClaim());
        for (ReplicaRef replica : orders.toOrder(claimsStaleBefore, now.minus(settings.refusalPause()), settings.batch())) {
            if (!orders.claim(replica.replicaId(), clock.instant(), claimsStaleBefore)) {
                continue;
            }
            Optional<Deployment> deployment = deployments.find(replica.deploymentId());
            Optional<CatalogModel> model = deployment.flatMap(found -> catalog.find(ModelId.of(found.modelId())));
            if (model.isEmpty()) {
                orders.releaseClaim(replica.replicaId());
                log.error("replica {} names no deployment or catalog model; it is not ordered", replica.replicaId());
                continue;
            }
            OrderOutcome outcome = scheduler.submit(settings.gpuAccount(), replica.replicaId(),
                    ReplicaOrder.of(deployment.get(), model.get(), settings.maxUsdPerGpuHour()));
            if (outcome instanceof OrderOutcome.Placed placed) {
                deployments.orderPlaced(replica, placed.orderId(), settings.gpuAccount());
            } else if (outcome instanceof OrderOutcome.Refused refused) {
                deployments.orderRefused(replica, refused.status(), refused.reason());
            } else {
                orders.releaseClaim(replica.replicaId());
                log.warn("the scheduler did not take the order of replica {} ({}); the next round tries again",
                        replica.replicaId(), ((OrderOutcome.Unanswered) outcome).reason());
                return;
            }
        }
    }

    /**
     * Cancels the orders of stopping, stopped and failed replicas, each as the account it was placed as
     * (orders placed before the MaaS account existed are the deploying enterprise's). One the scheduler
     * would not cancel is asked again next round; when it does not answer at all, the rest wait too.
     */
    void cancelUnwanted() {
        for (OpenOrder order : orders.toCancel(settings.batch())) {
            CancelOutcome outcome = scheduler.cancel(order.account(), order.orderId());
            if (outcome == CancelOutcome.ENDED) {
                deployments.orderCancelled(order);
                continue;
            }
            log.warn("the scheduler did not cancel order {} of replica {} ({}); the next round asks again",
                    order.orderId(), order.replicaId(), outcome);
            if (outcome == CancelOutcome.UNANSWERED) {
                return;
            }
        }
    }

    /** Stopping replicas without a running job are stopped. */
    void stopEnded() {
        orders.stoppingWithoutJob(settings.batch()).forEach(deployments::replicaStopped);
    }

    /**
     * Asks the scheduler about the order of each requested replica without news for {@code reconcile-after}
     * and applies its answer through the methods the job events use, so an event arriving before, after or
     * together with it moves the replica once: each step applies only to a replica still where it expects
     * it. Each order is claimed first, so instances do not ask about it twice within {@code reconcile-after};
     * when the scheduler does not answer at all, the rest wait for the next round.
     */
    void reconcileRequested() {
        Instant now = clock.instant();
        Instant lookedAtBefore = reconciliation.lookedAtBefore(now);
        for (OpenOrder order : orders.toReconcile(lookedAtBefore, settings.batch())) {
            if (!orders.claimCheck(order, clock.instant(), lookedAtBefore)) {
                continue;
            }
            JobLookup lookup = scheduler.job(order.account(), order.orderId());
            if (lookup instanceof JobLookup.Unanswered unanswered) {
                log.warn("the scheduler did not answer about order {} of replica {} ({}); asked again later",
                        order.orderId(), order.replicaId(), unanswered.reason());
                return;
            }
            if (lookup instanceof JobLookup.NotFound notFound) {
                log.warn("the scheduler answered {} about order {} of replica {}; asked again later",
                        notFound.status(), order.orderId(), order.replicaId());
                continue;
            }
            Reconciliation.Step step = Reconciliation.step(((JobLookup.Found) lookup).job());
            if (step instanceof Reconciliation.Start start) {
                deployments.jobStarted(order.orderId(), start.containerId());
            } else if (step instanceof Reconciliation.End end) {
                deployments.jobLost(order.orderId(), end.why(), true);
            }
        }
    }
}
