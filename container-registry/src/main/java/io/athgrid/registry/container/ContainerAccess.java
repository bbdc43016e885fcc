package io.athgrid.registry.container;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.Ownership;
import io.athgrid.support.web.ResourceNotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds a container for a caller: 404 if there is none, 403 unless the caller owns it or operates. */
@Component
public class ContainerAccess {

    private final ContainerRepository containers;

    public ContainerAccess(ContainerRepository containers) {
        this.containers = containers;
    }

    public Container find(Caller caller, UUID containerId) {
        Container container = containers.findById(containerId)
                .orElseThrow(() -> new ResourceNotFoundException("No container " + containerId));
        Ownership.requireMayActFor(caller, container.owner());
        return container;
    }
}
