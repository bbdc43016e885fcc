package io.athgrid.maas.deployment;

/** A stopped deployment is stopped for good: it takes no new bounds (409). */
public class DeploymentStoppedException extends RuntimeException {

    public DeploymentStoppedException() {
        super("The deployment is stopped for good; create a new one");
    }
}
