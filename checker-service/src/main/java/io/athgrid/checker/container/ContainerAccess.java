package io.athgrid.checker.container;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.ResourceNotFoundException;

/**
 * Who may see what the checkers found on a container: its owner and operators. To anyone else it
 * does not exist (404, as an unknown one), so a wallet cannot learn which containers are checked.
 */
public class ContainerAccess {

    private final ContainerStore containers;

    public ContainerAccess(ContainerStore containers) {
        this.containers = containers;
    }

    public CheckedContainer visibleTo(Caller caller, String containerId) {
        return containers.find(containerId)
                .filter(found -> caller.mayActFor(found.owner()))
                .orElseThrow(() -> new ResourceNotFoundException("No container " + containerId));
    }
}
