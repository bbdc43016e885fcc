package io.athgrid.agent.workload.simulated;

import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.workload.EngineSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The OpenAI API's response objects, as vLLM's OpenAI server writes them. */
final class OpenAiJson {

    static final String OWNED_BY = "athgrid-simulated";

    private OpenAiJson() {
    }

    /** {@code GET /v1/models}: the one served model. */
    static ObjectNode modelList(EngineSpec spec, long createdSeconds) {
        ObjectNode list = AgentJson.MAPPER.createObjectNode().put("object", "list");
        list.putArray("data").addObject()
                .put("id", spec.servedModelName())
                .put("object", "model")
                .put("created", createdSeconds)
                .put("owned_by", OWNED_BY)
                .put("root", spec.weights())
                .putNull("parent")
                .put("max_model_len", spec.maxModelLen());
        return list;
    }

    /** A whole answer: {@code chat.completion} or {@code text_completion}. */
    static ObjectNode completion(ResponseHeader header, Generation generation, int promptTokens) {
        ObjectNode response = header.object(header.endpoint().objectName);
        ObjectNode choice = response.putArray("choices").addObject().put("index", 0);
        if (header.endpoint() == Endpoint.CHAT_COMPLETIONS) {
            choice.putObject("message").put("role", "assistant").put("content", generation.text());
        } else {
            choice.put("text", generation.text());
        }
        choice.putNull("logprobs").put("finish_reason", generation.finishReason().wireName);
        response.set("usage", usage(promptTokens, generation.completionTokens()));
        return response;
    }

    /** The first chunk of a chat stream: the assistant's role, no content yet. */
    static ObjectNode roleChunk(ResponseHeader header) {
        ObjectNode chunk = header.object(header.endpoint().chunkObjectName);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta").put("role", "assistant").put("content", "");
        choice.putNull("logprobs").putNull("finish_reason");
        return chunk;
    }

    /** One token of a stream. */
    static ObjectNode tokenChunk(ResponseHeader header, String token) {
        return choiceChunk(header, token, null);
    }

    /** The chunk that ends the choice: no content, the finish reason. */
    static ObjectNode finishChunk(ResponseHeader header, Generation.FinishReason reason) {
        return choiceChunk(header, null, reason);
    }

    /** With {@code stream_options.include_usage}: no choices, the usage of the whole request. */
    static ObjectNode usageChunk(ResponseHeader header, int promptTokens, int completionTokens) {
        ObjectNode chunk = header.object(header.endpoint().chunkObjectName);
        chunk.putArray("choices");
        chunk.set("usage", usage(promptTokens, completionTokens));
        return chunk;
    }

    static ObjectNode error(OpenAiError error) {
        ObjectNode body = AgentJson.MAPPER.createObjectNode();
        ObjectNode detail = body.putObject("error").put("message", error.getMessage()).put("type", error.type);
        error.param.ifPresentOrElse(param -> detail.put("param", param), () -> detail.putNull("param"));
        error.code.ifPresentOrElse(code -> detail.put("code", code), () -> detail.putNull("code"));
        return body;
    }

    private static ObjectNode choiceChunk(ResponseHeader header, String token, Generation.FinishReason reason) {
        ObjectNode chunk = header.object(header.endpoint().chunkObjectName);
        ArrayNode choices = chunk.putArray("choices");
        ObjectNode choice = choices.addObject().put("index", 0);
        if (header.endpoint() == Endpoint.CHAT_COMPLETIONS) {
            ObjectNode delta = choice.putObject("delta");
            if (token != null) {
                delta.put("content", token);
            }
        } else {
            choice.put("text", token == null ? "" : token);
        }
        choice.putNull("logprobs");
        if (reason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", reason.wireName);
        }
        return chunk;
    }

    private static ObjectNode usage(int promptTokens, int completionTokens) {
        return AgentJson.MAPPER.createObjectNode()
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
    }

    /** What every object of one answer shares: its id, creation time and model. */
    record ResponseHeader(Endpoint endpoint, String id, long createdSeconds, String model) {

        ObjectNode object(String objectName) {
            return AgentJson.MAPPER.createObjectNode().put("id", id).put("object", objectName).put("created", createdSeconds)
                    .put("model", model);
        }
    }
}
