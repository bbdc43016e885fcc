package io.athgrid.maas.catalog;

import static io.athgrid.maas.catalog.CatalogFixture.freshId;
import static io.athgrid.maas.catalog.CatalogFixture.seventyB;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.maas.MaasIT;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /v1/models} as OpenAI SDKs call it with an enterprise's API key, and OpenAI-shaped errors on /v1. */
class OpenAiModelsIT extends MaasIT {

    @Test
    void the_list_has_openais_shape_and_only_active_models() {
        HttpResponse<String> response = send("GET", "/v1/models", null, ENTERPRISE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        JsonNode list = json(response);
        assertThat(list.path("object").asString()).isEqualTo("list");
        assertThat(ids(list)).contains("meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-72B-Instruct",
                "mistralai/Mistral-7B-Instruct-v0.3");
        long activeModels = rows("select count(*) from catalog_model where state = 'ACTIVE'");
        assertThat(list.path("data").size()).isEqualTo(activeModels);
        for (JsonNode model : list.path("data")) {
            assertThat(model.propertyNames()).containsExactlyInAnyOrder("id", "object", "created", "owned_by");
            assertThat(model.path("object").asString()).isEqualTo("model");
            assertThat(model.path("owned_by").asString()).isEqualTo("athgrid");
            assertThat(model.path("created").isIntegralNumber()).isTrue();
            assertThat(Instant.ofEpochSecond(model.path("created").asLong())).isBefore(Instant.now().plusSeconds(5));
        }
    }

    @Test
    void a_model_is_retrieved_by_its_id_slashes_included() {
        JsonNode model = json(send("GET", "/v1/models/Qwen/Qwen2.5-7B-Instruct", null, ENTERPRISE));

        assertThat(model.path("id").asString()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(model.path("object").asString()).isEqualTo("model");
        assertThat(model.path("owned_by").asString()).isEqualTo("athgrid");
    }

    @Test
    void a_retired_model_vanishes_from_the_openai_api() {
        String id = freshId();
        assertThat(send("POST", "/models", seventyB(id), OPERATOR).statusCode()).isEqualTo(201);
        JsonNode added = json(send("GET", "/v1/models/" + id, null, ENTERPRISE));
        assertThat(added.path("id").asString()).isEqualTo(id);
        assertThat(ids(json(send("GET", "/v1/models", null, ENTERPRISE)))).contains(id);

        assertThat(send("POST", "/models/retire?id=" + id, null, OPERATOR).statusCode()).isEqualTo(200);

        assertThat(ids(json(send("GET", "/v1/models", null, ENTERPRISE)))).doesNotContain(id);
        HttpResponse<String> gone = send("GET", "/v1/models/" + id, null, ENTERPRISE);
        assertOpenAiError(gone, 404, "invalid_request_error", "model_not_found");
        assertThat(json(gone).path("error").path("param").asString()).isEqualTo("model");
    }

    @Test
    void an_unknown_model_is_openais_model_not_found() {
        HttpResponse<String> response = send("GET", "/v1/models/acme/gpt-9", null, ENTERPRISE);

        assertOpenAiError(response, 404, "invalid_request_error", "model_not_found");
        assertThat(json(response).path("error").path("message").asString())
                .isEqualTo("The model `acme/gpt-9` does not exist or you do not have access to it.");
    }

    @Test
    void bad_input_on_v1_is_an_openai_invalid_request() {
        HttpResponse<String> malformed = send("GET", "/v1/models/acme/x/y", null, ENTERPRISE);

        assertOpenAiError(malformed, 400, "invalid_request_error", null);
        assertThat(json(malformed).path("error").path("param").asString()).isEqualTo("model");
        assertThat(json(malformed).path("error").path("message").asString()).startsWith("model must be");
        assertOpenAiError(send("GET", "/v1/no-such-endpoint", null, ENTERPRISE), 404, "invalid_request_error",
                "not_found");
        HttpResponse<String> wrongMethod = send("POST", "/v1/models", "{}", ENTERPRISE);
        assertOpenAiError(wrongMethod, 405, "invalid_request_error", null);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void refusals_on_v1_are_openai_errors_too() {
        assertOpenAiError(send("GET", "/v1/models", null, null), 401, "invalid_request_error", "invalid_api_key");
        assertOpenAiError(send("GET", "/v1/models", null, WALLET), 403, "invalid_request_error", "permission_denied");
        assertOpenAiError(send("GET", "/v1/models", null, OPERATOR), 403, "invalid_request_error",
                "permission_denied");
    }

    @Test
    void paths_outside_v1_keep_problem_json() {
        HttpResponse<String> missing = send("GET", "/models/acme/gpt-9", null, ENTERPRISE);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(contentType(missing)).startsWith("application/problem+json");
        assertThat(json(missing).has("error")).isFalse();
    }

    private static void assertOpenAiError(HttpResponse<String> response, int status, String type, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith("application/json");
        JsonNode body = json(response);
        assertThat(body.propertyNames()).containsExactly("error");
        JsonNode error = body.path("error");
        assertThat(error.propertyNames()).containsExactlyInAnyOrder("message", "type", "param", "code");
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(error.path("type").asString()).isEqualTo(type);
        if (code == null) {
            assertThat(error.path("code").isNull()).isTrue();
        } else {
            assertThat(error.path("code").asString()).isEqualTo(code);
        }
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.path("data").spliterator(), false)
                .map(model -> model.path("id").asString()).toList();
    }
}
