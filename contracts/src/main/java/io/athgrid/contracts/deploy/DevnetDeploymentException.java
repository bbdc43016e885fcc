package io.athgrid.contracts.deploy;

/** A devnet contract could not be deployed: the node refused, reverted or did not answer. */
public class DevnetDeploymentException extends RuntimeException {

    public DevnetDeploymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
