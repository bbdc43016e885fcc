package io.athgrid.gateway.ratelimit;

import java.util.Locale;

/** Callers of each kind share one set of limits; each caller has its own bucket. */
public enum RateLimitTier {
    ENTERPRISE("enterprise"),
    WALLET("wallet"),
    /** A node's heartbeats, per container: many nodes may share one address behind a NAT. */
    NODE("node"),
    ANONYMOUS("ip");

    private final String keyPrefix;

    RateLimitTier(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** The name a limiter keeps this tier's settings under. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
