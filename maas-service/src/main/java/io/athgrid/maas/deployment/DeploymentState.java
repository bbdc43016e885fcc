package io.athgrid.maas.deployment;

/**
 * Where a model deployment stands, as its owner follows it: PROVISIONING until every wanted replica
 * first passed its health check, READY while the healthy replicas are what is wanted, SCALING while
 * replicas are added, replaced or taken away (scaled to zero included), STOPPED for good.
 */
public enum DeploymentState {
    PROVISIONING,
    READY,
    SCALING,
    STOPPED
}
