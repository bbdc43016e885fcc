package io.athgrid.gateway.requestid;

import io.athgrid.support.trace.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every call a request id before anything else runs (so refusals carry it too): the
 * client's {@code X-Request-Id} when it is safe to log and forward, otherwise a new one. The id
 * goes on the forwarded request, the response, the Reactor context and the access log line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdWebFilter implements WebFilter {

    public static final String CONTEXT_KEY = RequestId.MDC_KEY;
    public static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".requestId";
    private static final Logger accessLog = LoggerFactory.getLogger("io.athgrid.gateway.requestid.AccessLog");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestId.acceptOrNew(exchange.getRequest().getHeaders().getFirst(RequestId.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(RequestId.HEADER, requestId))
                .build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(ATTRIBUTE, requestId);
        withId.getResponse().getHeaders().set(RequestId.HEADER, requestId);
        long started = System.nanoTime();
        return chain.filter(withId)
                .doFinally(signal -> logAccess(withId, requestId, started))
                .contextWrite(Context.of(CONTEXT_KEY, requestId));
    }

    /** The id of the exchange's request; set for every request that reached this gateway. */
    public static String requestIdOf(ServerWebExchange exchange) {
        String requestId = exchange.getAttribute(ATTRIBUTE);
        return requestId != null ? requestId : RequestId.acceptOrNew(null);
    }

    private static void logAccess(ServerWebExchange exchange, String requestId, long started) {
        if (!accessLog.isInfoEnabled()) {
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.MDC_KEY, requestId)) {
            accessLog.info("{} {} -> {} in {} ms", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), exchange.getResponse().getStatusCode(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
