package io.athgrid.agent.workload.simulated;

import java.util.List;

/**
 * What the SIMULATED engine generates for a request: its tokens in order (each one token of
 * {@link SimulatedTokenizer}) and why it ended.
 */
record Generation(List<String> tokens, FinishReason finishReason) {

    enum FinishReason {
        /** The model ended its answer (end-of-sequence). */
        STOP("stop"),
        /** {@code max_tokens} was reached. */
        LENGTH("length");

        final String wireName;

        FinishReason(String wireName) {
            this.wireName = wireName;
        }
    }

    Generation {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a generation has at least one token");
        }
    }

    String text() {
        return String.join("", tokens);
    }

    int completionTokens() {
        return tokens.size();
    }
}
