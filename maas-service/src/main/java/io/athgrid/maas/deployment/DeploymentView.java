package io.athgrid.maas.deployment;

import io.athgrid.maas.deployment.DeploymentStore.HistoryLine;
import io.athgrid.maas.deployment.DeploymentStore.RecentHistory;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A deployment as its owner follows it: what it serves, how many replicas it wants, each replica, and its history. */
public record DeploymentView(
        String deploymentId,
        String tenant,
        String model,
        String gpuModel,
        String region,
        int minReplicas,
        int maxReplicas,
        int desired,
        int ready,
        DeploymentState state,
        Instant createdAt,
        List<ReplicaView> replicas,
        List<HistoryLine> history) {

    /** @param orderId the scheduler order its GPU job runs under (the MaaS account's), once placed */
    public record ReplicaView(String replicaId, ReplicaState state, UUID orderId, String containerId, URI endpoint) {
    }

    static DeploymentView of(Deployment deployment, Map<String, UUID> orders, RecentHistory history) {
        return new DeploymentView(deployment.deploymentId(), deployment.tenant(), deployment.modelId(),
                deployment.gpuModel(), deployment.region(), deployment.bounds().min(), deployment.bounds().max(),
                deployment.desired(), deployment.ready().size(), deployment.state(), history.createdAt(),
                deployment.replicas().stream()
                        .map(replica -> new ReplicaView(replica.replicaId(), replica.state(),
                                orders.get(replica.replicaId()), replica.containerId(), replica.endpoint()))
                        .toList(),
                history.lines());
    }
}
