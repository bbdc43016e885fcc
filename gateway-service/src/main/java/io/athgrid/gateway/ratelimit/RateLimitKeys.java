package io.athgrid.gateway.ratelimit;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;

/**
 * Whose bucket a request draws from: {@code enterprise:<id>}, {@code wallet:<address>} (operators
 * included), {@code node:<containerId>} for a node's heartbeats and engine calls, or {@code ip:<address>} for other
 * anonymous calls to public paths. The prefix also tells which tier's limits apply.
 */
public final class RateLimitKeys {

    private RateLimitKeys() {
    }

    public static String forCaller(Caller caller) {
        RateLimitTier tier = caller.kind() == CallerKind.ENTERPRISE ? RateLimitTier.ENTERPRISE : RateLimitTier.WALLET;
        return tier.keyPrefix() + ":" + caller.id();
    }

    public static String forNode(String containerId) {
        return RateLimitTier.NODE.keyPrefix() + ":" + containerId;
    }

    public static String forAnonymous(String remoteAddress) {
        return RateLimitTier.ANONYMOUS.keyPrefix() + ":" + (remoteAddress == null ? "unknown" : remoteAddress);
    }

    public static RateLimitTier tierOf(String key) {
        for (RateLimitTier tier : RateLimitTier.values()) {
            if (key.startsWith(tier.keyPrefix() + ":")) {
                return tier;
            }
        }
        // Not a key this gateway made; the strictest limits are the safe answer.
        return RateLimitTier.ANONYMOUS;
    }
}
