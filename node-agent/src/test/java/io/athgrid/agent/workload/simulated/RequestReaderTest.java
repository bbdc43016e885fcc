package io.athgrid.agent.workload.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.athgrid.agent.workload.EngineSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

    private static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";

    private final RequestReader reader = new RequestReader(EngineSpec.of(MODEL).withMaxModelLen(100));

    @Test
    void a_chat_request_is_read_with_its_options() {
        CompletionRequest request = chat("""
                {"model":"%s","messages":[{"role":"system","content":"Be kind."},
                 {"role":"user","content":[{"type":"text","text":"Hi"},{"type":"text","text":"there"}]}],
                 "max_tokens":20,"seed":-3,"temperature":0.7,"stream":true,"stream_options":{"include_usage":true}}
                """.formatted(MODEL));

        assertThat(request.messages()).containsExactly(new ChatMessage("system", "Be kind."), new ChatMessage("user", "Hi\nthere"));
        assertThat(request.promptTokens()).isEqualTo(SimulatedTokenizer.chatPromptTokens(request.messages()));
        assertThat(request.maxTokens()).isEqualTo(20);
        assertThat(request.seed()).contains(-3L);
        assertThat(request.stream()).isTrue();
        assertThat(request.includeUsage()).isTrue();
    }

    @Test
    void without_max_tokens_a_completion_gets_16_and_a_chat_answer_what_fits_the_context() {
        assertThat(completion("{\"prompt\":\"Once upon a time\"}").maxTokens()).isEqualTo(16);

        CompletionRequest request = chat("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        assertThat(request.maxTokens()).isEqualTo(100 - request.promptTokens());
        assertThat(request.model()).as("like vLLM, the served model when none is named").isEqualTo(MODEL);
    }

    @Test
    void a_chat_answer_without_max_tokens_is_capped_on_a_long_context() {
        RequestReader longContext = new RequestReader(EngineSpec.of(MODEL).withMaxModelLen(131072));

        CompletionRequest request = longContext.read(Endpoint.CHAT_COMPLETIONS,
                bytes("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"));

        assertThat(request.maxTokens()).isEqualTo(RequestReader.CHAT_DEFAULT_MAX_TOKENS_CAP);
    }

    @Test
    void max_completion_tokens_stands_in_for_max_tokens_in_chat() {
        assertThat(chat("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"max_completion_tokens\":7}").maxTokens())
                .isEqualTo(7);
    }

    @Test
    void prompt_and_max_tokens_over_the_context_say_both_numbers() {
        String prompt = "word ".repeat(50).strip(); // 50 tokens + begin-of-text

        OpenAiError error = catchThrowableOfType(OpenAiError.class,
                () -> completion("{\"prompt\":\"" + prompt + "\",\"max_tokens\":60}"));

        assertThat(error.status).isEqualTo(400);
        assertThat(error.code).contains("context_length_exceeded");
        assertThat(error.param).contains("prompt");
        assertThat(error.getMessage()).contains("maximum context length is 100 tokens", "you requested 111 tokens",
                "51 in the prompt", "60 in the completion");
    }

    @Test
    void a_prompt_that_fills_the_context_leaves_no_room_even_without_max_tokens() {
        String content = "word ".repeat(95).strip();

        OpenAiError error = catchThrowableOfType(OpenAiError.class,
                () -> chat("{\"messages\":[{\"role\":\"user\",\"content\":\"" + content + "\"}]}"));

        assertThat(error.code).contains("context_length_exceeded");
        assertThat(error.param).contains("messages");
        assertThat(error.getMessage()).contains("maximum context length is 100 tokens", "resulted in 105 tokens");
    }

    @Test
    void an_unknown_model_is_404_model_not_found() {
        OpenAiError error = catchThrowableOfType(OpenAiError.class,
                () -> chat("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"));

        assertThat(error.status).isEqualTo(404);
        assertThat(error.code).contains("model_not_found");
        assertThat(error.getMessage()).isEqualTo("The model `gpt-4o` does not exist.");
    }

    @Test
    void a_malformed_body_is_an_invalid_request() {
        for (String body : List.of("{\"messages\":", "", "[1,2]", "\"text\"")) {
            OpenAiError error = catchThrowableOfType(OpenAiError.class, () -> chat(body));

            assertThat(error.status).as(body).isEqualTo(400);
            assertThat(error.type).isEqualTo("invalid_request_error");
        }
    }

    @Test
    void chat_needs_a_non_empty_array_of_messages_with_known_roles_and_text() {
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{}", "messages", "`messages` is required");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{\"messages\":[]}", "messages", "non-empty array");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{\"messages\":\"Hi\"}", "messages", "non-empty array");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{\"messages\":[{\"role\":\"robot\",\"content\":\"Hi\"}]}",
                "messages[0].role", "must be one of");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{\"messages\":[{\"role\":\"user\"}]}", "messages[0].content",
                "string or an array of text parts");
        assertInvalid(Endpoint.CHAT_COMPLETIONS,
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}}]}]}",
                "messages[0].content", "text-only model");
    }

    @Test
    void an_assistant_turn_that_only_called_tools_has_no_content() {
        CompletionRequest request = chat("""
                {"messages":[{"role":"user","content":"Weather?"},{"role":"assistant","content":null,"tool_calls":[]},
                 {"role":"tool","content":"sunny"}]}
                """);

        assertThat(request.messages()).extracting(ChatMessage::content).containsExactly("Weather?", "", "sunny");
    }

    @Test
    void completions_take_one_prompt_string() {
        assertInvalid(Endpoint.COMPLETIONS, "{}", "prompt", "`prompt` is required");
        assertInvalid(Endpoint.COMPLETIONS, "{\"prompt\":[\"a\",\"b\"]}", "prompt", "one string");
        assertInvalid(Endpoint.COMPLETIONS, "{\"prompt\":[1,2,3]}", "prompt", "no token ids");
    }

    @Test
    void fields_of_the_wrong_type_or_range_name_themselves() {
        String messages = "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]";
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"max_tokens\":0}", "max_tokens", "at least 1");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"max_tokens\":2.5}", "max_tokens", "integer");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"max_tokens\":\"10\"}", "max_tokens", "integer");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"stream\":\"yes\"}", "stream", "true or false");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"model\":7}", "model", "must be a string");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"seed\":1.5}", "seed", "64-bit integer");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"temperature\":-1}", "temperature", "at least 0");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"top_p\":0}", "top_p", "(0, 1]");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"stop\":[1]}", "stop", "array of strings");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"stream_options\":{\"include_usage\":true}}",
                "stream_options", "only be defined when `stream=true`");
    }

    @Test
    void output_shapes_the_simulation_does_not_produce_are_refused() {
        String messages = "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]";
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"n\":2}", "n", "one choice per request");
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{" + messages + ",\"logprobs\":true}", "logprobs", "no token probabilities");
        assertInvalid(Endpoint.COMPLETIONS, "{\"prompt\":\"Hi\",\"echo\":true}", "echo", "does not echo");
        assertInvalid(Endpoint.COMPLETIONS, "{\"prompt\":\"Hi\",\"best_of\":3}", "best_of", "one choice per request");
        assertThat(chat("{" + messages + ",\"n\":1,\"logprobs\":false,\"stop\":[\"\\n\"]}").maxTokens()).isPositive();
    }

    @Test
    void shape_errors_come_before_the_model_check() {
        assertInvalid(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"other\",\"messages\":[]}", "messages", "non-empty array");
    }

    @Test
    void an_unknown_model_is_checked_after_the_body_but_before_the_context() {
        assertThatThrownBy(() -> chat("{\"model\":\"other\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "word ".repeat(200)
                + "\"}]}")).isInstanceOfSatisfying(OpenAiError.class, error -> assertThat(error.status).isEqualTo(404));
    }

    private void assertInvalid(Endpoint endpoint, String body, String param, String message) {
        OpenAiError error = catchThrowableOfType(OpenAiError.class, () -> reader.read(endpoint, bytes(body)));

        assertThat(error).as(body).isNotNull();
        assertThat(error.status).as(body).isEqualTo(400);
        assertThat(error.type).isEqualTo("invalid_request_error");
        assertThat(error.param).as(body).contains(param);
        assertThat(error.getMessage()).as(body).contains(message);
    }

    private CompletionRequest chat(String body) {
        return reader.read(Endpoint.CHAT_COMPLETIONS, bytes(body));
    }

    private CompletionRequest completion(String body) {
        return reader.read(Endpoint.COMPLETIONS, bytes(body));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
