package io.athgrid.local;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.models.Model;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import io.athgrid.testsupport.host.Waiting;
import tools.jackson.databind.JsonNode;

/**
 * What an enterprise does with Model-as-a-Service on a local run: deploys a catalog model, waits until
 * a simulated host of the fleet serves it (the node agent there started a SIMULATED engine and reported
 * it, maas-service health-checked it), then talks to it with the official OpenAI Java SDK given only the
 * gateway's base URL and its API key, and stops it again.
 */
final class ModelServingJourney {

    static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final RunningPlatform platform;
    private final GatewayClient gateway;
    private final String apiKey;
    private final String region;

    /** @param region a region where the fleet has honest H100 SXM hosts offering vLLM */
    ModelServingJourney(RunningPlatform platform, GatewayClient gateway, String apiKey, String region) {
        this.platform = platform;
        this.gateway = gateway;
        this.apiKey = apiKey;
        this.region = region;
    }

    void run() {
        String key = bearer(apiKey);
        HttpResponse<String> created = gateway.post("/api/maas/deployments", """
                {"model": "%s", "gpuModel": "H100_SXM", "minReplicas": 1, "maxReplicas": 1, "region": "%s"}"""
                .formatted(MODEL, region), "Authorization", key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String deployment = "/api/maas/deployments/" + json(created).path("deploymentId").asString();

        JsonNode[] seen = new JsonNode[1];
        assertThat(Waiting.until(() -> "READY".equals(
                (seen[0] = json(gateway.get(deployment, "Authorization", key))).path("state").asString()), READY_WITHIN))
                .as("the deployment READY: %s", seen[0]).isTrue();
        JsonNode replica = seen[0].path("replicas").path(0);
        String container = replica.path("containerId").asString();
        assertThat(platform.fleet().engines(container)).as("the simulated host runs the replica's engine")
                .containsKey(replica.path("replicaId").asString());

        OpenAIClient openAi = OpenAIOkHttpClient.builder().baseUrl(platform.gatewayUrl() + "/v1").apiKey(apiKey).build();
        try {
            assertThat(openAi.models().list().data()).extracting(Model::id).contains(MODEL);

            ChatCompletionCreateParams question = ChatCompletionCreateParams.builder().model(MODEL)
                    .addUserMessage("What does a decentralized GPU cloud do?").maxCompletionTokens(24).build();
            ChatCompletion answer = openAi.chat().completions().create(question);
            assertThat(answer.choices().get(0).message().content()).hasValueSatisfying(text -> assertThat(text).isNotBlank());
            assertThat(answer.usage()).hasValueSatisfying(usage -> assertThat(usage.completionTokens()).isEqualTo(24));

            List<String> pieces = new ArrayList<>();
            try (StreamResponse<ChatCompletionChunk> stream = openAi.chat().completions().createStreaming(question)) {
                stream.stream().forEach(chunk -> chunk.choices().forEach(choice ->
                        choice.delta().content().filter(text -> !text.isEmpty()).ifPresent(pieces::add)));
            }
            assertThat(pieces).as("streamed token by token").hasSizeGreaterThan(1);
            assertThat(String.join("", pieces)).isEqualTo(answer.choices().get(0).message().content().orElseThrow());

            assertThatThrownBy(() -> openAi.chat().completions().create(question.toBuilder().model("no-such-model").build()))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            openAi.close();
        }
        OpenAIClient revoked = OpenAIOkHttpClient.builder().baseUrl(platform.gatewayUrl() + "/v1")
                .apiKey("ath_" + "0".repeat(40)).build();
        try {
            assertThatThrownBy(() -> revoked.models().list()).isInstanceOf(UnauthorizedException.class);
        } finally {
            revoked.close();
        }

        // Billed per token: the answer and the stream, 24 completion tokens each; the refused call nothing.
        JsonNode[] bill = new JsonNode[1];
        assertThat(Waiting.until(() -> (bill[0] = json(gateway.get("/api/maas/usage",
                "Authorization", key))).path("totals").path("calls").asLong() == 2, Duration.ofSeconds(30))).as("%s", bill[0]).isTrue();
        assertThat(bill[0].path("totals").path("completionTokens").asLong()).isEqualTo(48);
        assertThat(bill[0].path("totals").path("amountUsd").decimalValue()).isPositive();

        HttpResponse<String> stopped = gateway.post(deployment + "/stop", "{}", "Authorization", key);
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
        assertThat(Waiting.until(() -> platform.fleet().engines(container).isEmpty(), Duration.ofMinutes(1)))
                .as("the host stops the engine once the replica's order is cancelled").isTrue();
    }
}
