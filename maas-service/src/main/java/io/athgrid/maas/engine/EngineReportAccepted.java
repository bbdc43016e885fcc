package io.athgrid.maas.engine;

/**
 * The answer to an endpoint report: the replica as it is now. A starting replica takes the reported
 * endpoint; a ready one keeps the endpoint its health check passed on.
 *
 * @param state    {@code STARTING} or {@code READY}
 * @param endpoint where maas-service reaches the replica's engine
 */
public record EngineReportAccepted(String containerId, String replicaId, String state, String endpoint) {
}
