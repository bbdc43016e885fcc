package io.athgrid.checker.container;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.ContainerSpecsUpdated;
import io.athgrid.support.inbox.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The hardware a container offers changed: capacity checks from now on hold it to the new specs. */
public class OnContainerSpecsUpdated implements EventHandler<ContainerSpecsUpdated> {

    private static final Logger log = LoggerFactory.getLogger(OnContainerSpecsUpdated.class);

    private final ContainerStore containers;

    public OnContainerSpecsUpdated(ContainerStore containers) {
        this.containers = containers;
    }

    @Override
    public Class<ContainerSpecsUpdated> eventType() {
        return ContainerSpecsUpdated.class;
    }

    @Override
    public void handle(EventEnvelope<ContainerSpecsUpdated> event) {
        ContainerSpecsUpdated updated = event.payload();
        if (!containers.specsUpdated(updated.containerId(), updated.specs(), updated.updatedAt())) {
            log.debug("specs of unknown container {} skipped", updated.containerId());
        }
    }
}
