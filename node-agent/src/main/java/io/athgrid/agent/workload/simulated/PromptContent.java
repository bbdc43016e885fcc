package io.athgrid.agent.workload.simulated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The prompt of a request, read from {@code messages} (chat) or {@code prompt} (completions), and its token count. */
record PromptContent(List<ChatMessage> messages, Optional<String> prompt, int tokens) {

    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool");

    static PromptContent ofPrompt(JsonNode prompt) {
        if (prompt == null || prompt.isNull()) {
            throw OpenAiError.invalid("prompt", "`prompt` is required: the text to complete, as a string.");
        }
        if (!prompt.isString()) {
            throw OpenAiError.invalid("prompt", "The SIMULATED engine takes `prompt` as one string (no batches, no token ids).");
        }
        String text = prompt.asString();
        return new PromptContent(List.of(), Optional.of(text), SimulatedTokenizer.promptTokens(text));
    }

    static PromptContent ofMessages(JsonNode messages) {
        if (messages == null || messages.isNull()) {
            throw OpenAiError.invalid("messages", "`messages` is required: a non-empty array of {role, content} objects.");
        }
        if (!messages.isArray() || messages.isEmpty()) {
            throw OpenAiError.invalid("messages", "`messages` must be a non-empty array of {role, content} objects.");
        }
        List<ChatMessage> read = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            read.add(message(messages.get(i), "messages[" + i + "]"));
        }
        return new PromptContent(read, Optional.empty(), SimulatedTokenizer.chatPromptTokens(read));
    }

    private static ChatMessage message(JsonNode message, String where) {
        if (!message.isObject()) {
            throw OpenAiError.invalid(where, "`" + where + "` must be an object with `role` and `content`.");
        }
        JsonNode role = message.get("role");
        if (role == null || !role.isString() || !ROLES.contains(role.asString())) {
            throw OpenAiError.invalid(where + ".role", "`" + where + ".role` must be one of " + ROLES.stream().sorted().toList()
                    + ".");
        }
        JsonNode content = message.get("content");
        if ((content == null || content.isNull()) && role.asString().equals("assistant")) {
            return new ChatMessage("assistant", ""); // an assistant turn that only called tools
        }
        return new ChatMessage(role.asString(), content(content, where + ".content"));
    }

    private static String content(JsonNode content, String where) {
        if (content != null && content.isString()) {
            return content.asString();
        }
        if (content == null || !content.isArray()) {
            throw OpenAiError.invalid(where, "`" + where + "` must be a string or an array of text parts.");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : content) {
            JsonNode type = part.path("type");
            JsonNode text = part.path("text");
            if (!type.isString() || !type.asString().equals("text") || !text.isString()) {
                throw OpenAiError.invalid(where, "The SIMULATED engine serves a text-only model: every part of `" + where
                        + "` must be {\"type\": \"text\", \"text\": \"...\"}, not " + part + ".");
            }
            texts.add(text.asString());
        }
        return String.join("\n", texts);
    }
}
