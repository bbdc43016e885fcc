package io.athgrid.agent.workload.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.testing.Eventually;
import io.athgrid.agent.workload.EngineSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SimulatedEngineStreamingTest {

    private static final String MODEL = SimulatedEngineTest.MODEL;

    private SimulatedEngine engine;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void a_chat_stream_sends_the_role_then_one_chunk_per_token_then_the_finish_then_usage_then_done() {
        EngineClient client = start(TokenPacer.WALL_CLOCK);
        String request = "{\"model\":\"" + MODEL + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Stream a story.\"}],"
                + "\"max_tokens\":40,\"seed\":5,\"stream\":true,\"stream_options\":{\"include_usage\":true}}";

        List<String> events = client.stream("/v1/chat/completions", request).rest();

        assertThat(events.get(events.size() - 1)).isEqualTo("[DONE]");
        List<JsonNode> chunks = events.subList(0, events.size() - 1).stream().map(EngineClient::json).toList();
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.path("object").asString()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.path("id").asString()).isEqualTo(chunks.get(0).path("id").asString()).startsWith("chatcmpl-");
            assertThat(chunk.path("model").asString()).isEqualTo(MODEL);
        });
        JsonNode role = chunks.get(0).path("choices").get(0);
        assertThat(role.path("delta").path("role").asString()).isEqualTo("assistant");
        assertThat(role.path("finish_reason").isNull()).isTrue();

        JsonNode usageChunk = chunks.get(chunks.size() - 1);
        assertThat(usageChunk.path("choices")).isEmpty();
        JsonNode usage = usageChunk.path("usage");
        JsonNode finish = chunks.get(chunks.size() - 2).path("choices").get(0);
        assertThat(finish.path("delta").isEmpty()).isTrue();
        assertThat(finish.path("finish_reason").asString()).isIn("stop", "length");

        List<JsonNode> content = chunks.subList(1, chunks.size() - 2);
        assertThat(content).allSatisfy(chunk -> {
            JsonNode choice = chunk.path("choices").get(0);
            assertThat(choice.path("delta").path("content").asString()).isNotEmpty();
            assertThat(choice.path("finish_reason").isNull()).isTrue();
        });
        assertThat(content).hasSize(usage.path("completion_tokens").asInt());
        assertThat(usage.path("total_tokens").asInt())
                .isEqualTo(usage.path("prompt_tokens").asInt() + usage.path("completion_tokens").asInt());
        assertThat(usage.path("prompt_tokens").asInt()).isEqualTo(1 + 5 + SimulatedTokenizer.count("Stream a story.") + 4);

        String streamed = String.join("", content.stream()
                .map(chunk -> chunk.path("choices").get(0).path("delta").path("content").asString()).toList());
        JsonNode whole = EngineClient.json(client.post("/v1/chat/completions", request.replace("\"stream\":true,", "")
                .replace(",\"stream_options\":{\"include_usage\":true}", "")));
        assertThat(streamed).isEqualTo(whole.path("choices").get(0).path("message").path("content").asString());
        assertThat(whole.path("choices").get(0).path("finish_reason").asString())
                .isEqualTo(finish.path("finish_reason").asString());
    }

    @Test
    void a_completions_stream_sends_text_chunks_and_no_usage_unless_asked() {
        EngineClient client = start(TokenPacer.WALL_CLOCK);

        List<String> events = client.stream("/v1/completions",
                "{\"prompt\":\"Once upon a time\",\"max_tokens\":12,\"ignore_eos\":true,\"stream\":true}").rest();

        assertThat(events).hasSize(12 + 1 + 1).endsWith("[DONE]");
        List<JsonNode> chunks = events.subList(0, 13).stream().map(EngineClient::json).toList();
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.path("object").asString()).isEqualTo("text_completion");
            assertThat(chunk.path("id").asString()).startsWith("cmpl-");
            assertThat(chunk.has("usage")).isFalse();
        });
        assertThat(chunks.subList(0, 12)).allSatisfy(chunk -> assertThat(chunk.path("choices").get(0).path("text").asString())
                .hasSizeBetween(1, 5));
        JsonNode finish = chunks.get(12).path("choices").get(0);
        assertThat(finish.path("text").asString()).isEmpty();
        assertThat(finish.path("finish_reason").asString()).isEqualTo("length");
    }

    @Test
    void each_token_is_sent_as_soon_as_it_is_generated() throws IOException {
        GatedPacer pacer = new GatedPacer();
        EngineClient client = start(pacer);

        try (EventReader events = client.stream("/v1/chat/completions",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"max_tokens\":8,\"ignore_eos\":true,\"stream\":true}")) {
            JsonNode role = EngineClient.json(events.next());
            JsonNode firstToken = EngineClient.json(events.next());

            // The second token is held back, yet the first one is here: nothing waits for the end of the answer.
            assertThat(role.path("choices").get(0).path("delta").path("role").asString()).isEqualTo("assistant");
            assertThat(firstToken.path("choices").get(0).path("delta").path("content").asString()).isNotEmpty();
            Eventually.await("the engine holds the second token", pacer::holding);
            assertThat(engine.counters().served()).isZero();

            pacer.open();
            List<String> rest = events.rest();
            assertThat(rest).hasSize(7 + 1 + 1).endsWith("[DONE]");
        }
        Eventually.await("the stream is counted", () -> engine.counters().streamed() == 1);
        assertThat(engine.counters().completionTokens()).isEqualTo(8);
    }

    @Test
    void a_client_that_leaves_mid_stream_is_counted_as_aborted() throws Exception {
        GatedPacer pacer = new GatedPacer();
        EngineClient client = start(pacer);
        EventReader events = client.stream("/v1/completions",
                "{\"prompt\":\"Go on\",\"max_tokens\":400,\"ignore_eos\":true,\"stream\":true}");
        events.next();

        events.close();
        pacer.open();

        Eventually.await("the engine sees the client gone", () -> engine.counters().aborted() == 1);
        assertThat(engine.counters().served()).isZero();
        assertThat(engine.counters().completionTokens()).isZero();
    }

    @Test
    void errors_are_answered_before_a_stream_starts() {
        EngineClient client = start(TokenPacer.WALL_CLOCK);

        HttpResponse<String> response = client.post("/v1/chat/completions", "{\"model\":\"other\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"Hi\"}],\"stream\":true}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    }

    private EngineClient start(TokenPacer pacer) {
        engine = SimulatedEngine.start(EngineSpec.of(MODEL).withTiming(SimulatedEngineTest.FAST),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8, pacer, Clock.systemUTC());
        return new EngineClient(engine.endpoint());
    }
}
