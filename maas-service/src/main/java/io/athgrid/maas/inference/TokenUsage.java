package io.athgrid.maas.inference;

import io.athgrid.maas.catalog.TokenPrice;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The tokens an engine counted for one call ({@code usage} in its answer), and what they cost. */
public record TokenUsage(long promptTokens, long completionTokens) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public TokenUsage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts are never negative");
        }
    }

    /** The {@code usage} object of an OpenAI response or chunk, if it carries one. */
    public static Optional<TokenUsage> of(JsonNode answer) {
        JsonNode usage = answer.path("usage");
        if (!usage.isObject() || !usage.path("prompt_tokens").canConvertToLong()
                || !usage.path("completion_tokens").canConvertToLong()) {
            return Optional.empty();
        }
        return Optional.of(new TokenUsage(usage.path("prompt_tokens").asLong(), usage.path("completion_tokens").asLong()));
    }

    /** Exactly: prompt tokens at the input rate plus completion tokens at the output rate, rates per million. */
    public BigDecimal costUsd(TokenPrice price) {
        return price.usdPerMillionInput().multiply(BigDecimal.valueOf(promptTokens))
                .add(price.usdPerMillionOutput().multiply(BigDecimal.valueOf(completionTokens)))
                .divide(MILLION)
                .stripTrailingZeros();
    }
}
