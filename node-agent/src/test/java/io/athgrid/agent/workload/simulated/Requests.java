package io.athgrid.agent.workload.simulated;

import java.util.List;
import java.util.Optional;

/** Validated requests for tests of the generator, without going through JSON. */
final class Requests {

    static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";

    private Requests() {
    }

    static CompletionRequest chat(String userMessage, int maxTokens) {
        List<ChatMessage> messages = List.of(new ChatMessage("user", userMessage));
        return new CompletionRequest(Endpoint.CHAT_COMPLETIONS, MODEL, messages, Optional.empty(),
                SimulatedTokenizer.chatPromptTokens(messages), maxTokens, Optional.empty(), false, false, false);
    }

    static CompletionRequest completion(String prompt, int maxTokens, Optional<Long> seed) {
        return new CompletionRequest(Endpoint.COMPLETIONS, MODEL, List.of(), Optional.of(prompt),
                SimulatedTokenizer.promptTokens(prompt), maxTokens, seed, false, false, false);
    }

    static CompletionRequest withSeed(CompletionRequest request, long seed) {
        return new CompletionRequest(request.endpoint(), request.model(), request.messages(), request.prompt(),
                request.promptTokens(), request.maxTokens(), Optional.of(seed), request.ignoreEos(), request.stream(),
                request.includeUsage());
    }

    static CompletionRequest ignoringEos(CompletionRequest request) {
        return new CompletionRequest(request.endpoint(), request.model(), request.messages(), request.prompt(),
                request.promptTokens(), request.maxTokens(), request.seed(), true, request.stream(), request.includeUsage());
    }
}
