package io.athgrid.maas.deployment;

/** The body of {@code POST /deployments/{id}/scale}, unchecked: new replica bounds. */
public record ScaleRequest(Integer minReplicas, Integer maxReplicas) {
}
