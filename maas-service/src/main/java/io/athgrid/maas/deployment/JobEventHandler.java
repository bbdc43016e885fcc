package io.athgrid.maas.deployment;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.JobCancelled;
import io.athgrid.events.v1.JobCompleted;
import io.athgrid.events.v1.JobFailed;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.support.inbox.EventHandler;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One kind of the scheduler's job events (topic {@code athgrid.jobs}) that ends a replica's service:
 * the replica of the event's order fails and the domain requests another. Events of orders that are not
 * a replica's (every other customer's) are skipped. Applied once per event id (the inbox); the consumer
 * names are recorded as processed, so renaming one would re-apply old events.
 */
public final class JobEventHandler<E extends PlatformEvent> implements EventHandler<E> {

    private final Class<E> type;
    private final String consumerName;
    private final Function<E, String> orderId;
    private final Function<E, String> why;
    private final boolean jobEnded;
    private final DeploymentService deployments;

    private JobEventHandler(Class<E> type, String consumerName, Function<E, String> orderId, Function<E, String> why,
            boolean jobEnded, DeploymentService deployments) {
        this.type = type;
        this.consumerName = consumerName;
        this.orderId = orderId;
        this.why = why;
        this.jobEnded = jobEnded;
        this.deployments = deployments;
    }

    /** The job could not be placed, or placed again, in time: it has ended. */
    public static JobEventHandler<JobFailed> jobFailed(DeploymentService deployments) {
        return new JobEventHandler<>(JobFailed.class, "DeploymentJobFailed", JobFailed::orderId,
                event -> "its job failed (" + event.reason() + ")", true, deployments);
    }

    /**
     * The job's containers were lost (offline, halted, lapsed reservation, failed start). The scheduler
     * would place the job again, but the engine on the lost container is gone and the replacement replica
     * gets an order of its own, so this order is left to be cancelled.
     */
    public static JobEventHandler<LeaseExpired> leaseExpired(DeploymentService deployments) {
        return new JobEventHandler<>(LeaseExpired.class, "DeploymentLeaseExpired", LeaseExpired::orderId,
                event -> "lost container " + String.join(", ", event.containerIds()) + " (" + event.reason() + ")",
                false, deployments);
    }

    /** Cancelled at the scheduler by its account, not by us: nothing serves the replica any more. */
    public static JobEventHandler<JobCancelled> jobCancelled(DeploymentService deployments) {
        return new JobEventHandler<>(JobCancelled.class, "DeploymentJobCancelled", JobCancelled::orderId,
                event -> "its order was cancelled at the scheduler", true, deployments);
    }

    /** The job ended as planned; a replica's order has no end, so this is seen only if one was given. */
    public static JobEventHandler<JobCompleted> jobCompleted(DeploymentService deployments) {
        return new JobEventHandler<>(JobCompleted.class, "DeploymentJobCompleted", JobCompleted::orderId,
                event -> "its job completed (" + event.reason() + ")", true, deployments);
    }

    @Override
    public Class<E> eventType() {
        return type;
    }

    @Override
    public String consumerName() {
        return consumerName;
    }

    @Override
    public void handle(EventEnvelope<E> event) {
        parse(orderId.apply(event.payload()))
                .ifPresent(order -> deployments.jobLost(order, why.apply(event.payload()), jobEnded));
    }

    private static Optional<UUID> parse(String orderId) {
        try {
            return orderId == null ? Optional.empty() : Optional.of(UUID.fromString(orderId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
