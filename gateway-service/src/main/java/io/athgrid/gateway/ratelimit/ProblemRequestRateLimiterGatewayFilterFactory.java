package io.athgrid.gateway.ratelimit;

import io.athgrid.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.RequestRateLimiterGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's {@code RequestRateLimiter}, unchanged in what it decides, but a refusal
 * (429, keeping the {@code X-RateLimit-*} headers) comes with a problem+json body (the OpenAI
 * error object under /v1) instead of an empty one. Registered under the stock filter's name,
 * whose own bean is switched off in the configuration.
 */
public class ProblemRequestRateLimiterGatewayFilterFactory extends RequestRateLimiterGatewayFilterFactory {

    public static final String NAME = "RequestRateLimiter";

    private final ProblemWriter problems;

    public ProblemRequestRateLimiterGatewayFilterFactory(RateLimiter<?> rateLimiter, KeyResolver keyResolver,
            ProblemWriter problems) {
        super(rateLimiter, keyResolver);
        this.problems = problems;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayFilter apply(Config config) {
        GatewayFilter limiter = super.apply(config);
        // The stock filter completes the response it is handed when it refuses; hand it one that
        // writes a body on completion, and let allowed requests go on with the exchange as it was.
        return (exchange, chain) -> limiter.filter(
                exchange.mutate().response(new RefusalWithBody(exchange, problems)).build(),
                limited -> chain.filter(exchange));
    }

    private static final class RefusalWithBody extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;
        private final ProblemWriter problems;

        RefusalWithBody(ServerWebExchange exchange, ProblemWriter problems) {
            super(exchange.getResponse());
            this.exchange = exchange;
            this.problems = problems;
        }

        @Override
        public Mono<Void> setComplete() {
            HttpStatusCode status = getStatusCode();
            if (status == null || status.value() != 429) {
                return problems.write(exchange, status != null ? status : HttpStatusCode.valueOf(403),
                        "The caller of this request cannot be told apart for rate limiting");
            }
            getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return problems.write(exchange, status,
                    "Too many requests: slow down and retry; the X-RateLimit-* headers tell your limits");
        }
    }
}
