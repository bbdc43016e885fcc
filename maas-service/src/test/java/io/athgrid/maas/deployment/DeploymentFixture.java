package io.athgrid.maas.deployment;

import io.athgrid.support.identity.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** Request bodies for {@code POST /deployments}, enterprises of their own per test, and reading the answers. */
final class DeploymentFixture {

    static final String SEVENTY_B = "meta-llama/Llama-3.1-70B-Instruct";
    static final String EIGHT_B = "meta-llama/Llama-3.1-8B-Instruct";

    private DeploymentFixture() {
    }

    /** An enterprise no other test uses, so its orders and deployments are its test's alone. */
    static Caller freshEnterprise() {
        return Caller.enterprise("ent-deploy-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static Map<String, Object> body(String model, String gpuModel, Object min, Object max, String region) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("gpuModel", gpuModel);
        body.put("minReplicas", min);
        body.put("maxReplicas", max);
        body.put("region", region);
        return body;
    }

    /** 70B on H100 SXM in us-east. */
    static Map<String, Object> seventyB(int min, int max) {
        return body(SEVENTY_B, "H100_SXM", min, max, "us-east");
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    static JsonNode replica(JsonNode deployment, String replicaId) {
        return StreamSupport.stream(deployment.path("replicas").spliterator(), false)
                .filter(replica -> replica.path("replicaId").asString().equals(replicaId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no replica " + replicaId + " in " + deployment));
    }

    static boolean hasReplica(JsonNode deployment, String replicaId) {
        return StreamSupport.stream(deployment.path("replicas").spliterator(), false)
                .anyMatch(replica -> replica.path("replicaId").asString().equals(replicaId));
    }

    static String replicaState(JsonNode deployment, String replicaId) {
        return replica(deployment, replicaId).path("state").asString();
    }

    static String orderOf(JsonNode deployment, String replicaId) {
        JsonNode order = replica(deployment, replicaId).path("orderId");
        return order.isNull() || order.isMissingNode() ? null : order.asString();
    }

    static List<String> historyDetails(JsonNode deployment) {
        return StreamSupport.stream(deployment.path("history").spliterator(), false)
                .map(line -> line.path("detail").asString()).toList();
    }
}
