package io.athgrid.gateway.ratelimit;

import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * The limiter every route uses: one bucket per caller across all routes (the route id is
 * ignored), with the limits of the caller's tier, kept in Redis or in memory ({@code backend}).
 */
public class CallerRateLimiter implements RateLimiter<Object> {

    private final RateLimiter<?> backend;
    private final String backendName;

    public CallerRateLimiter(RateLimiter<?> backend, String backendName) {
        this.backend = backend;
        this.backendName = backendName;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String key) {
        return backend.isAllowed(RateLimitKeys.tierOf(key).id(), key);
    }

    public String backendName() {
        return backendName;
    }

    @Override
    public Map<String, Object> getConfig() {
        return Map.of();
    }

    @Override
    public Class<Object> getConfigClass() {
        return Object.class;
    }

    @Override
    public Object newConfig() {
        return new Object();
    }
}
