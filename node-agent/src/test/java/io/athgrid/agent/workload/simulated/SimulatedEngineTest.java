package io.athgrid.agent.workload.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.EngineTiming;
import io.athgrid.agent.workload.WorkloadException;
import io.athgrid.agent.testing.Eventually;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SimulatedEngineTest {

    static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";
    static final EngineTiming FAST = new EngineTiming(Duration.ofMillis(1), Duration.ofNanos(1_000), Duration.ofMillis(1));

    private final SimulatedEngine engine = SimulatedEngine.start(EngineSpec.of(MODEL).withMaxModelLen(512).withTiming(FAST));
    private final EngineClient client = new EngineClient(engine.endpoint());

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void health_answers_200_without_a_body() {
        HttpResponse<String> health = client.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEmpty();
        assertThat(engine.endpoint().toString()).startsWith("http://127.0.0.1:").endsWith(":" + engine.port());
    }

    @Test
    void models_lists_the_one_served_model() {
        JsonNode models = EngineClient.json(client.get("/v1/models"));

        assertThat(models.path("object").asString()).isEqualTo("list");
        assertThat(models.path("data")).hasSize(1);
        JsonNode model = models.path("data").get(0);
        assertThat(model.path("id").asString()).isEqualTo(MODEL);
        assertThat(model.path("object").asString()).isEqualTo("model");
        assertThat(model.path("owned_by").asString()).isEqualTo("athgrid-simulated");
        assertThat(model.path("max_model_len").asInt()).isEqualTo(512);
        assertThat(model.path("created").asLong()).isPositive();
    }

    @Test
    void a_chat_completion_is_answered_whole_with_its_usage() {
        HttpResponse<String> response = client.post("/v1/chat/completions", """
                {"model":"%s","messages":[{"role":"user","content":"What is an H100?"}],"max_tokens":30,"temperature":0.2}
                """.formatted(MODEL));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode completion = EngineClient.json(response);
        assertThat(completion.path("id").asString()).startsWith("chatcmpl-");
        assertThat(completion.path("object").asString()).isEqualTo("chat.completion");
        assertThat(completion.path("model").asString()).isEqualTo(MODEL);
        assertThat(completion.path("created").asLong()).isPositive();
        JsonNode choice = completion.path("choices").get(0);
        assertThat(choice.path("index").asInt()).isZero();
        assertThat(choice.path("message").path("role").asString()).isEqualTo("assistant");
        String content = choice.path("message").path("content").asString();
        assertThat(choice.path("finish_reason").asString()).isIn("stop", "length");
        JsonNode usage = completion.path("usage");
        assertThat(usage.path("prompt_tokens").asInt()).isEqualTo(1 + 5 + SimulatedTokenizer.count("What is an H100?") + 4);
        assertThat(usage.path("completion_tokens").asInt()).isEqualTo(SimulatedTokenizer.count(content)).isBetween(1, 30);
        assertThat(usage.path("total_tokens").asInt())
                .isEqualTo(usage.path("prompt_tokens").asInt() + usage.path("completion_tokens").asInt());
    }

    @Test
    void a_text_completion_is_answered_whole_and_16_tokens_at_most_by_default() {
        JsonNode completion = EngineClient.json(client.post("/v1/completions", "{\"model\":\"" + MODEL
                + "\",\"prompt\":\"The best GPU for inference is\"}"));

        assertThat(completion.path("id").asString()).startsWith("cmpl-");
        assertThat(completion.path("object").asString()).isEqualTo("text_completion");
        JsonNode choice = completion.path("choices").get(0);
        assertThat(choice.path("text").asString()).startsWith(" ");
        assertThat(choice.has("logprobs")).isTrue();
        assertThat(completion.path("usage").path("prompt_tokens").asInt()).isEqualTo(1 + 8);
        assertThat(completion.path("usage").path("completion_tokens").asInt())
                .isEqualTo(SimulatedTokenizer.count(choice.path("text").asString())).isBetween(1, 16);
    }

    @Test
    void the_same_request_is_answered_with_the_same_text_and_a_new_id() {
        String body = "{\"messages\":[{\"role\":\"user\",\"content\":\"Tell me a story.\"}],\"max_tokens\":40,\"seed\":11}";

        JsonNode first = EngineClient.json(client.post("/v1/chat/completions", body));
        JsonNode second = EngineClient.json(client.post("/v1/chat/completions", body));

        assertThat(second.path("choices").get(0).path("message").path("content").asString())
                .isEqualTo(first.path("choices").get(0).path("message").path("content").asString());
        assertThat(second.path("id").asString()).isNotEqualTo(first.path("id").asString());
    }

    @Test
    void both_finish_reasons_occur_over_the_wire() {
        Set<String> reasons = new HashSet<>();
        for (int seed = 0; seed < 60 && reasons.size() < 2; seed++) {
            JsonNode completion = EngineClient.json(client.post("/v1/completions",
                    "{\"prompt\":\"Once upon a time\",\"max_tokens\":24,\"seed\":" + seed + "}"));
            reasons.add(completion.path("choices").get(0).path("finish_reason").asString());
        }

        assertThat(reasons).containsExactlyInAnyOrder("stop", "length");
    }

    @Test
    void over_the_context_length_is_400_naming_both_numbers_and_nothing_is_generated() {
        String prompt = "word ".repeat(500).strip();

        HttpResponse<String> response = client.post("/v1/completions", "{\"prompt\":\"" + prompt + "\",\"max_tokens\":20}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = EngineClient.json(response).path("error");
        assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.path("code").asString()).isEqualTo("context_length_exceeded");
        assertThat(error.path("param").asString()).isEqualTo("prompt");
        assertThat(error.path("message").asString()).contains("maximum context length is 512 tokens", "501 in the prompt",
                "20 in the completion");
        assertThat(engine.counters()).isEqualTo(new SimulatedEngineCounters(0, 0, 1, 0, 0, 0));
    }

    @Test
    void an_unknown_model_is_404_model_not_found() {
        HttpResponse<String> response = client.post("/v1/chat/completions",
                "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = EngineClient.json(response).path("error");
        assertThat(error.path("code").asString()).isEqualTo("model_not_found");
        assertThat(error.path("param").asString()).isEqualTo("model");
        assertThat(error.path("message").asString()).contains("gpt-4o");
    }

    @Test
    void malformed_json_and_missing_messages_are_400_invalid_request_error() {
        HttpResponse<String> malformed = client.post("/v1/chat/completions", "{\"messages\": [");
        HttpResponse<String> missing = client.post("/v1/chat/completions", "{\"model\":\"" + MODEL + "\"}");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(EngineClient.json(malformed).path("error").path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(EngineClient.json(malformed).path("error").path("message").asString()).contains("not valid JSON");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(EngineClient.json(missing).path("error").path("param").asString()).isEqualTo("messages");
        assertThat(EngineClient.json(missing).path("error").has("code")).isTrue();
    }

    @Test
    void unknown_paths_are_404_and_wrong_methods_405_in_the_same_error_shape() {
        HttpResponse<String> unknown = client.post("/v1/embeddings", "{}");
        HttpResponse<String> wrongMethod = client.get("/v1/chat/completions");
        HttpResponse<String> postModels = client.post("/v1/models", "{}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(EngineClient.json(unknown).path("error").path("message").asString()).isEqualTo("Invalid URL (POST /v1/embeddings)");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
        assertThat(EngineClient.json(wrongMethod).path("error").path("code").asString()).isEqualTo("method_not_allowed");
        assertThat(postModels.statusCode()).isEqualTo(405);
        assertThat(client.send("HEAD", "/health").statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_declared_over_the_limit_is_413_before_it_is_read() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", engine.port())) {
            socket.getOutputStream().write(("POST /v1/completions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (SimulatedEngine.MAX_BODY_BYTES + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The answer comes at once; the connection stays open while the server waits for the body it would drain.
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(answer.readLine()).startsWith("HTTP/1.1 413");
            int length = 0;
            for (String header = answer.readLine(); !header.isEmpty(); header = answer.readLine()) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).strip());
                }
            }
            char[] body = new char[length];
            assertThat(answer.read(body, 0, length)).isEqualTo(length);
            assertThat(new String(body)).contains("request_too_large");
        }
        assertThat(engine.counters().rejected()).isEqualTo(1);
    }

    @Test
    void it_counts_what_it_served() {
        JsonNode chat = EngineClient.json(client.post("/v1/chat/completions",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"max_tokens\":5}"));
        JsonNode text = EngineClient.json(client.post("/v1/completions", "{\"prompt\":\"Hi\",\"max_tokens\":5}"));
        client.post("/v1/completions", "{\"prompt\":\"Hi\",\"max_tokens\":0}");

        long promptTokens = chat.path("usage").path("prompt_tokens").asLong() + text.path("usage").path("prompt_tokens").asLong();
        long completionTokens = chat.path("usage").path("completion_tokens").asLong()
                + text.path("usage").path("completion_tokens").asLong();
        SimulatedEngineCounters expected = new SimulatedEngineCounters(2, 0, 1, 0, promptTokens, completionTokens);
        // The answer's last byte may reach the client a moment before its handler counts it.
        Eventually.await("the engine counted " + expected, () -> engine.counters().equals(expected));
    }

    @Test
    void a_port_in_use_is_a_workload_exception_saying_where() {
        Assertions.assertThatThrownBy(() -> SimulatedEngine.start(EngineSpec.of(MODEL),
                new InetSocketAddress("127.0.0.1", engine.port())))
                .isInstanceOf(WorkloadException.class).hasMessageContaining("cannot listen on 127.0.0.1:" + engine.port());
    }

    @Test
    void after_close_it_no_longer_answers() {
        engine.close();

        Assertions.assertThatThrownBy(() -> client.get("/health")).isInstanceOf(java.io.UncheckedIOException.class);
        engine.close();
    }
}
