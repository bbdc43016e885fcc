package io.athgrid.agent.workload;

import java.time.Duration;

/**
 * How fast a SIMULATED engine answers: the time to the first token grows with the prompt (prefill),
 * every next token follows after the inter-token latency (decode).
 *
 * @param firstTokenBase time to the first token of an empty prompt (scheduling, one forward pass)
 * @param prefillPerPromptToken added to the time to the first token for each prompt token
 * @param interTokenLatency time between two output tokens
 */
public record EngineTiming(Duration firstTokenBase, Duration prefillPerPromptToken, Duration interTokenLatency) {

    /**
     * An 8B model in bf16 on one H100 under light load: about 25 ms to the first token, prefill at
     * about 20,000 prompt tokens a second, about 80 output tokens a second per request.
     */
    public static final EngineTiming H100_8B = new EngineTiming(Duration.ofMillis(25), Duration.ofNanos(50_000),
            Duration.ofMillis(12));

    public EngineTiming {
        requireNotNegative(firstTokenBase, "the time to the first token");
        requireNotNegative(prefillPerPromptToken, "the prefill time per prompt token");
        requireNotNegative(interTokenLatency, "the inter-token latency");
    }

    /** When the first token of a request with this many prompt tokens is ready, from its arrival. */
    public Duration timeToFirstToken(int promptTokens) {
        return firstTokenBase.plus(prefillPerPromptToken.multipliedBy(promptTokens));
    }

    /** When output token {@code index} (0 is the first) is ready, from the request's arrival. */
    public Duration tokenReadyAt(int promptTokens, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("token index " + index + " is negative");
        }
        return timeToFirstToken(promptTokens).plus(interTokenLatency.multipliedBy(index));
    }

    private static void requireNotNegative(Duration duration, String what) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(what + " must be zero or more, not " + duration);
        }
    }
}
