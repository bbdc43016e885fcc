package io.athgrid.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.RequestRateLimiterGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway's own endpoints ({@code /api/identity/**}) are not routes, so the route filters do
 * not see them; this applies the same RequestRateLimiter (same buckets) to them. It runs after
 * Spring Security, so signed-in callers draw from their own bucket.
 */
class IdentityApiRateLimitFilter implements WebFilter, Ordered {

    private static final String PATH_PREFIX = "/api/identity/";

    private final GatewayFilter limiter;

    IdentityApiRateLimitFilter(ProblemRequestRateLimiterGatewayFilterFactory factory) {
        RequestRateLimiterGatewayFilterFactory.Config config = new RequestRateLimiterGatewayFilterFactory.Config();
        config.setRouteId("identity");
        this.limiter = factory.apply(config);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith(PATH_PREFIX)) {
            return chain.filter(exchange);
        }
        return limiter.filter(exchange, chain::filter);
    }

    @Override
    public int getOrder() {
        // Spring Security's chain runs at -100.
        return 0;
    }
}
