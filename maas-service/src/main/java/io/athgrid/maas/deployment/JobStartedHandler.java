package io.athgrid.maas.deployment;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.JobStarted;
import io.athgrid.support.inbox.EventHandler;
import java.util.UUID;

/**
 * The scheduler's {@code JobStarted} (topic {@code athgrid.jobs}): a replica's job runs on its container, so
 * the replica is starting there and the container's node agent will be told to start its engine when it
 * polls. A replica's job has one node, so the first container is the one. Events of orders that are not a
 * replica's are skipped; applied once per event id (the inbox), under a consumer name never to be renamed.
 */
public final class JobStartedHandler implements EventHandler<JobStarted> {

    private final DeploymentService deployments;

    public JobStartedHandler(DeploymentService deployments) {
        this.deployments = deployments;
    }

    @Override
    public Class<JobStarted> eventType() {
        return JobStarted.class;
    }

    @Override
    public String consumerName() {
        return "DeploymentJobStarted";
    }

    @Override
    public void handle(EventEnvelope<JobStarted> event) {
        JobStarted started = event.payload();
        if (started.orderId() == null || started.containerIds().isEmpty()) {
            return;
        }
        UUID orderId;
        try {
            orderId = UUID.fromString(started.orderId());
        } catch (IllegalArgumentException e) {
            return;
        }
        deployments.jobStarted(orderId, started.containerIds().get(0));
    }
}
