package io.athgrid.maas.deployment;

/**
 * The body of {@code POST /deployments}, unchecked: a catalog model, the GPU model its replicas run on,
 * the replica bounds and the region the enterprise wants them in.
 */
public record DeploymentRequest(String model, String gpuModel, Integer minReplicas, Integer maxReplicas,
        String region) {
}
