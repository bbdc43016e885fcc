package io.athgrid.agent.workload.simulated;

import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.workload.EngineSpec;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a generation request body the way vLLM's OpenAI server does: the body's shape first (400),
 * then the model (404), then the context length (400). Sampling options ({@code temperature},
 * {@code top_p}, {@code stop}, penalties, {@code response_format}, {@code tools}, {@code user} ...)
 * are accepted and do not change the simulated text; {@code n}, {@code best_of}, {@code echo} and
 * {@code logprobs} ask for output the simulation does not produce and are refused.
 */
final class RequestReader {

    /** Without {@code max_tokens}, a completion is this long, as in the OpenAI API. */
    static final int COMPLETIONS_DEFAULT_MAX_TOKENS = 16;

    /**
     * Without {@code max_tokens}, vLLM lets a chat answer fill the context; the simulation caps that,
     * so an {@code ignore_eos} request without a limit does not stream for minutes.
     */
    static final int CHAT_DEFAULT_MAX_TOKENS_CAP = 2048;

    private final EngineSpec spec;

    RequestReader(EngineSpec spec) {
        this.spec = spec;
    }

    CompletionRequest read(Endpoint endpoint, byte[] body) {
        JsonNode json = parse(body);
        RequestFields fields = new RequestFields(json);
        String model = fields.optionalString("model").orElse(spec.servedModelName());
        PromptContent prompt = endpoint == Endpoint.CHAT_COMPLETIONS ? PromptContent.ofMessages(json.get("messages"))
                : PromptContent.ofPrompt(json.get("prompt"));
        Optional<Integer> maxTokens = fields.positiveInt("max_tokens");
        if (endpoint == Endpoint.CHAT_COMPLETIONS && maxTokens.isEmpty()) {
            maxTokens = fields.positiveInt("max_completion_tokens");
        }
        Optional<Long> seed = fields.optionalLong("seed");
        boolean ignoreEos = fields.optionalBoolean("ignore_eos").orElse(false);
        boolean stream = fields.optionalBoolean("stream").orElse(false);
        boolean includeUsage = fields.includeUsage(stream);
        fields.checkSamplingOptions();
        fields.refuseUnsupportedOutputs(endpoint);
        if (!model.equals(spec.servedModelName())) {
            throw OpenAiError.modelNotFound(model);
        }
        int promptTokens = prompt.tokens();
        int limit = checkedMaxTokens(endpoint, promptTokens, maxTokens);
        return new CompletionRequest(endpoint, model, prompt.messages(), prompt.prompt(), promptTokens, limit, seed,
                ignoreEos, stream, includeUsage);
    }

    private int checkedMaxTokens(Endpoint endpoint, int promptTokens, Optional<Integer> requested) {
        int context = spec.maxModelLen();
        String where = endpoint == Endpoint.CHAT_COMPLETIONS ? "the messages" : "the prompt";
        if (promptTokens >= context) {
            throw OpenAiError.contextLengthExceeded(endpoint.promptField, "This model's maximum context length is " + context
                    + " tokens. However, " + where + " resulted in " + promptTokens + " tokens, which leaves no room for "
                    + "the completion. Please reduce the length of " + where + ".");
        }
        if (requested.isPresent()) {
            long total = (long) promptTokens + requested.get();
            if (total > context) {
                throw OpenAiError.contextLengthExceeded(endpoint.promptField, "This model's maximum context length is "
                        + context + " tokens. However, you requested " + total + " tokens (" + promptTokens + " in " + where
                        + ", " + requested.get() + " in the completion). Please reduce the length of " + where
                        + " or completion.");
            }
            return requested.get();
        }
        int room = context - promptTokens;
        return endpoint == Endpoint.CHAT_COMPLETIONS ? Math.min(room, CHAT_DEFAULT_MAX_TOKENS_CAP)
                : Math.min(room, COMPLETIONS_DEFAULT_MAX_TOKENS);
    }

    private static JsonNode parse(byte[] body) {
        JsonNode json;
        try {
            json = AgentJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw OpenAiError.invalid(null, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw OpenAiError.invalid(null, "The request body must be a JSON object.");
        }
        return json;
    }
}
