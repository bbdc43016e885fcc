package io.athgrid.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Per-caller rate limits ({@code athgrid.gateway.rate-limit.*}): a token bucket per caller, with
 * settings per kind of caller.
 *
 * @param backend where the buckets live: {@code redis} (shared by all gateway instances),
 *                {@code in-memory} (per instance), or {@code auto} (Redis if it answers at start)
 */
@Validated
@ConfigurationProperties("athgrid.gateway.rate-limit")
public record RateLimitProperties(
        @NotNull Backend backend,
        @Valid @NotNull Limit enterprise,
        @Valid @NotNull Limit wallet,
        @Valid @NotNull Limit node,
        @Valid @NotNull Limit anonymous) {

    public Limit limitFor(RateLimitTier tier) {
        return switch (tier) {
            case ENTERPRISE -> enterprise;
            case WALLET -> wallet;
            case NODE -> node;
            case ANONYMOUS -> anonymous;
        };
    }

    public enum Backend {
        AUTO, REDIS, IN_MEMORY
    }

    /**
     * @param replenishRate  requests per second a caller may make on average
     * @param burstCapacity  requests a caller may make at once after a quiet spell
     */
    public record Limit(@Min(1) int replenishRate, @Min(1) long burstCapacity) {

        public Limit {
            if (burstCapacity < replenishRate) {
                throw new IllegalArgumentException("burst-capacity (" + burstCapacity
                        + ") must be at least replenish-rate (" + replenishRate + ")");
            }
        }
    }
}
