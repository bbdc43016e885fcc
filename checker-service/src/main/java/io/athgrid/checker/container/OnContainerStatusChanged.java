package io.athgrid.checker.container;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.ContainerStatusChanged;
import io.athgrid.support.inbox.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A container moved through its lifecycle: the status decides which checks are due from the next
 * window on, and what a failure found in them costs. Jobs already given keep the status they were
 * given with.
 */
public class OnContainerStatusChanged implements EventHandler<ContainerStatusChanged> {

    private static final Logger log = LoggerFactory.getLogger(OnContainerStatusChanged.class);

    private final ContainerStore containers;

    public OnContainerStatusChanged(ContainerStore containers) {
        this.containers = containers;
    }

    @Override
    public Class<ContainerStatusChanged> eventType() {
        return ContainerStatusChanged.class;
    }

    @Override
    public void handle(EventEnvelope<ContainerStatusChanged> event) {
        ContainerStatusChanged changed = event.payload();
        if (!containers.statusChanged(changed.containerId(), changed.status(), changed.changedAt())) {
            log.debug("status of unknown container {} skipped", changed.containerId());
        }
    }
}
