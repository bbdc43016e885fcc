package io.athgrid.maas.deployment;

import static io.athgrid.maas.deployment.DeploymentFixture.EIGHT_B;
import static io.athgrid.maas.deployment.DeploymentFixture.SEVENTY_B;
import static io.athgrid.maas.deployment.DeploymentFixture.body;
import static io.athgrid.maas.deployment.DeploymentFixture.freshEnterprise;
import static io.athgrid.maas.deployment.DeploymentFixture.historyDetails;
import static io.athgrid.maas.deployment.DeploymentFixture.seventyB;
import static io.athgrid.maas.deployment.DeploymentFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.maas.MaasIT;
import io.athgrid.support.identity.Caller;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /deployments}: who may do what, the request rules (400 naming the field, nothing written), views. */
class DeploymentsApiIT extends MaasIT {

    @Test
    void an_enterprise_deploys_a_catalog_model_and_reads_it_back() {
        Caller acme = freshEnterprise();

        HttpResponse<String> created = send("POST", "/deployments", seventyB(2, 4), acme);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode deployment = json(created);
        String id = deployment.path("deploymentId").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("deployments/" + id);
        assertThat(deployment.path("tenant").asString()).isEqualTo(acme.id());
        assertThat(deployment.path("model").asString()).isEqualTo(SEVENTY_B);
        assertThat(deployment.path("gpuModel").asString()).isEqualTo("H100_SXM");
        assertThat(deployment.path("region").asString()).isEqualTo("us-east");
        assertThat(deployment.path("minReplicas").asInt()).isEqualTo(2);
        assertThat(deployment.path("maxReplicas").asInt()).isEqualTo(4);
        assertThat(deployment.path("desired").asInt()).isEqualTo(2);
        assertThat(deployment.path("state").asString()).isEqualTo("PROVISIONING");
        assertThat(deployment.path("replicas")).extracting(replica -> replica.path("replicaId").asString())
                .containsExactly(id + "-r1", id + "-r2");
        assertThat(deployment.path("replicas")).allSatisfy(replica -> {
            assertThat(replica.path("state").asString()).isEqualTo("REQUESTED");
            assertThat(replica.path("containerId").isNull()).isTrue();
            assertThat(replica.path("endpoint").isNull()).isTrue();
        });
        assertThat(historyDetails(deployment)).singleElement().asString()
                .contains("created", SEVENTY_B, "H100_SXM", "us-east", "2 .. 4", "r1, r2 requested");

        JsonNode read = json(send("GET", "/deployments/" + id, null, acme));
        assertThat(read.path("deploymentId").asString()).isEqualTo(id);
        assertThat(read.path("createdAt").asString()).isNotBlank();
    }

    @Test
    void gpu_models_and_regions_may_be_written_in_any_case() {
        HttpResponse<String> created = send("POST", "/deployments",
                body(EIGHT_B, "rtx_4090", 0, 2, "EU-WEST"), freshEnterprise());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).path("gpuModel").asString()).isEqualTo("RTX_4090");
        assertThat(json(created).path("region").asString()).isEqualTo("eu-west");
        assertThat(json(created).path("replicas")).as("a minimum of 0 still starts one").hasSize(1);
    }

    @Test
    void invalid_requests_are_refused_naming_the_field_and_nothing_is_written() {
        Caller acme = freshEnterprise();
        String retired = retiredModel();
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("model", with(seventyB(1, 2), "model", "acme/no-such-model"));
        cases.put("model ", with(seventyB(1, 2), "model", retired));
        cases.put(" model", with(seventyB(1, 2), "model", "../etc/passwd"));
        cases.put("gpuModel", with(seventyB(1, 2), "gpuModel", "GTX_1080"));
        cases.put("gpuModel ", with(seventyB(1, 2), "gpuModel", "RTX_4090"));
        cases.put(" gpuModel", with(seventyB(1, 2), "gpuModel", "L40S"));
        cases.put("minReplicas", seventyB(3, 2));
        cases.put("maxReplicas", seventyB(1, 33));
        cases.put(" minReplicas", seventyB(-1, 2));
        cases.put("maxReplicas ", seventyB(0, 0));
        cases.put("region", with(seventyB(1, 2), "region", "moon-base"));
        cases.put(" region", with(seventyB(1, 2), "region", null));

        for (Map.Entry<String, Map<String, Object>> bad : cases.entrySet()) {
            HttpResponse<String> response = send("POST", "/deployments", bad.getValue(), acme);

            assertThat(response.statusCode()).as(bad.getKey() + ": " + response.body()).isEqualTo(400);
            assertThat(contentType(response)).startsWith("application/problem+json");
            assertThat(fields(json(response))).as(bad.getKey()).containsExactly(bad.getKey().strip());
        }
        HttpResponse<String> all = send("POST", "/deployments", body("acme/nope", "GTX_1080", 5, 2, "mars"), acme);
        assertThat(fields(json(all))).containsExactly("model", "gpuModel", "minReplicas", "region");

        assertThat(rows("select count(*) from deployment where tenant = ?", acme.id())).isZero();
        assertThat(json(send("GET", "/deployments", null, acme))).isEmpty();
    }

    @Test
    void only_enterprises_deploy_operators_read_every_deployment_and_wallets_get_nothing() {
        Caller acme = freshEnterprise();
        Caller globex = freshEnterprise();
        String id = json(send("POST", "/deployments", seventyB(1, 1), acme)).path("deploymentId").asString();

        assertThat(send("POST", "/deployments", seventyB(1, 1), WALLET).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/deployments", seventyB(1, 1), OPERATOR).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/deployments", null, WALLET).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/deployments/" + id, null, WALLET).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/deployments/" + id + "/stop", null, WALLET).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/deployments/" + id + "/stop", null, OPERATOR).statusCode()).isEqualTo(403);

        assertThat(send("GET", "/deployments/" + id, null, globex).statusCode()).as("another tenant's").isEqualTo(404);
        assertThat(send("POST", "/deployments/" + id + "/stop", null, globex).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/deployments/" + id + "/scale", Map.of("minReplicas", 0, "maxReplicas", 1), globex)
                .statusCode()).isEqualTo(404);
        assertThat(send("GET", "/deployments/no-such-deployment", null, acme).statusCode()).isEqualTo(404);
        assertThat(json(send("GET", "/deployments", null, globex))).isEmpty();
        assertThat(send("GET", "/deployments?tenant=" + acme.id(), null, globex).statusCode()).isEqualTo(403);

        assertThat(send("GET", "/deployments/" + id, null, OPERATOR).statusCode()).isEqualTo(200);
        assertThat(ids(json(send("GET", "/deployments?limit=200", null, OPERATOR)))).contains(id);
        assertThat(ids(json(send("GET", "/deployments?tenant=" + acme.id(), null, OPERATOR)))).containsExactly(id);
        assertThat(send("GET", "/deployments?limit=0", null, acme).statusCode()).isEqualTo(400);
    }

    @Test
    void an_enterprise_lists_its_own_deployments_newest_first() {
        Caller acme = freshEnterprise();
        String first = json(send("POST", "/deployments", seventyB(1, 1), acme)).path("deploymentId").asString();
        String second = json(send("POST", "/deployments", body(EIGHT_B, "L40S", 1, 1, "eu-west"), acme))
                .path("deploymentId").asString();

        assertThat(ids(json(send("GET", "/deployments", null, acme)))).containsExactly(second, first);
    }

    @Test
    void new_bounds_ask_for_replicas_within_them_and_bad_bounds_or_a_stopped_deployment_are_refused() {
        Caller acme = freshEnterprise();
        String id = json(send("POST", "/deployments", seventyB(1, 2), acme)).path("deploymentId").asString();

        HttpResponse<String> scaled = send("POST", "/deployments/" + id + "/scale",
                Map.of("minReplicas", 2, "maxReplicas", 3), acme);

        assertThat(scaled.statusCode()).as(scaled.body()).isEqualTo(200);
        JsonNode deployment = json(scaled);
        assertThat(deployment.path("minReplicas").asInt()).isEqualTo(2);
        assertThat(deployment.path("maxReplicas").asInt()).isEqualTo(3);
        assertThat(deployment.path("desired").asInt()).isEqualTo(2);
        assertThat(deployment.path("replicas")).hasSize(2);
        assertThat(historyDetails(deployment)).last().asString().contains("bounds set to 2 .. 3", "r2 requested");

        HttpResponse<String> crossed = send("POST", "/deployments/" + id + "/scale",
                Map.of("minReplicas", 4, "maxReplicas", 3), acme);
        assertThat(crossed.statusCode()).isEqualTo(400);
        assertThat(fields(json(crossed))).containsExactly("minReplicas");
        assertThat(rows("select max_replicas from deployment where deployment_id = ?", id)).isEqualTo(3);

        send("POST", "/deployments/" + id + "/stop", null, acme);
        assertThat(send("POST", "/deployments/" + id + "/scale", Map.of("minReplicas", 1, "maxReplicas", 1), acme)
                .statusCode()).isEqualTo(409);
    }

    private String retiredModel() {
        String id = "athgrid-it/Deploy-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", id);
        model.put("displayName", "Retired 8B");
        model.put("family", "llama3.1");
        model.put("parametersBillions", new BigDecimal("8.03"));
        model.put("contextLength", 131_072);
        model.put("vramGb", 24);
        model.put("minGpuVramGb", 24);
        model.put("gpusPerReplica", 1);
        model.put("engine", "vllm");
        model.put("engineArgs", List.of("--max-model-len 16384"));
        model.put("usdPerMillionInputTokens", new BigDecimal("0.10"));
        model.put("usdPerMillionOutputTokens", new BigDecimal("0.15"));
        assertThat(send("POST", "/models", model, OPERATOR).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/models/retire?id=" + id, null, OPERATOR).statusCode()).isEqualTo(200);
        return id;
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(error -> error.path("field").asString()).toList();
    }

    private static List<String> ids(JsonNode deployments) {
        return StreamSupport.stream(deployments.spliterator(), false)
                .map(deployment -> deployment.path("deploymentId").asString()).toList();
    }
}
