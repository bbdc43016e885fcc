package io.athgrid.checker.container;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.ContainerRegistered;
import io.athgrid.support.inbox.EventHandler;

/** A new container is checked from now on (its first status is CHECKING: capacity and liveness are due). */
public class OnContainerRegistered implements EventHandler<ContainerRegistered> {

    private final ContainerStore containers;

    public OnContainerRegistered(ContainerStore containers) {
        this.containers = containers;
    }

    @Override
    public Class<ContainerRegistered> eventType() {
        return ContainerRegistered.class;
    }

    @Override
    public void handle(EventEnvelope<ContainerRegistered> event) {
        containers.registered(event.payload());
    }
}
