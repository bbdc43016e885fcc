package io.athgrid.maas.deployment;

import io.athgrid.support.web.ResourceNotFoundException;

/** No deployment has this id, or none the caller may see (another enterprise's answers the same). */
public class DeploymentNotFoundException extends ResourceNotFoundException {

    private final String deploymentId;

    public DeploymentNotFoundException(String deploymentId) {
        // The id is not echoed: it is the caller's input, of any length.
        super("No deployment with this id");
        this.deploymentId = deploymentId;
    }

    public String deploymentId() {
        return deploymentId;
    }
}
