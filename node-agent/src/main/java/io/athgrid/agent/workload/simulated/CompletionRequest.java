package io.athgrid.agent.workload.simulated;

import java.util.List;
import java.util.Optional;

/**
 * A validated generation request.
 *
 * @param messages the chat messages (empty for {@code /v1/completions})
 * @param prompt the completion prompt (empty for chat)
 * @param maxTokens the most tokens to generate, defaulted and checked against the context
 * @param ignoreEos vLLM's option to generate exactly {@code maxTokens} (benchmarks use it)
 * @param includeUsage {@code stream_options.include_usage}: a usage chunk before {@code [DONE]}
 */
record CompletionRequest(Endpoint endpoint, String model, List<ChatMessage> messages, Optional<String> prompt,
        int promptTokens, int maxTokens, Optional<Long> seed, boolean ignoreEos, boolean stream, boolean includeUsage) {

    CompletionRequest {
        messages = List.copyOf(messages);
    }
}
