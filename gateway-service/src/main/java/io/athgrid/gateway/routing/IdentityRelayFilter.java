package io.athgrid.gateway.routing;

import io.athgrid.gateway.requestid.RequestIdWebFilter;
import io.athgrid.gateway.security.CurrentCaller;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.trace.RequestId;
import java.util.List;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Just before a request leaves for a service: drops every identity the client claimed and, for an
 * authenticated caller, puts the verified one in a short-lived internal token
 * ({@code Authorization: Bearer ...}), the only credential services accept.
 */
@Component
class IdentityRelayFilter implements GlobalFilter, Ordered {

    private final InternalTokenIssuer internalTokens;

    IdentityRelayFilter(InternalTokenIssuer internalTokens) {
        this.internalTokens = internalTokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String requestId = RequestIdWebFilter.requestIdOf(exchange);
        return CurrentCaller.get()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(caller -> chain.filter(exchange.mutate()
                        .request(relay(exchange.getRequest(), caller, requestId))
                        .build()));
    }

    private ServerHttpRequest relay(ServerHttpRequest request, Optional<Caller> caller, String requestId) {
        return request.mutate().headers(headers -> {
            List<String> claimed = headers.headerNames().stream()
                    .filter(ClientIdentityHeaders::isIdentityHeader)
                    .toList();
            claimed.forEach(headers::remove);
            headers.set(RequestId.HEADER, requestId);
            caller.ifPresent(verified -> headers.set(HttpHeaders.AUTHORIZATION,
                    "Bearer " + internalTokens.issue(verified, requestId)));
        }).build();
    }

    @Override
    public int getOrder() {
        // After the route's own filters (rate limit, prefix stripping), before the request is sent.
        return NettyRoutingFilter.ORDER - 1;
    }
}
