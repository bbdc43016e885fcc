package io.athgrid.gateway.ratelimit;

import io.athgrid.gateway.security.CurrentCaller;
import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Names the bucket of a request by its verified caller, or by the client's address when nobody
 * signed in. The address is the TCP peer's; behind a load balancer enable
 * {@code server.forward-headers-strategy} so it is the client's, not the balancer's.
 */
public class CallerKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return CurrentCaller.get()
                .map(RateLimitKeys::forCaller)
                .switchIfEmpty(Mono.fromSupplier(() -> RateLimitKeys.forAnonymous(remoteAddress(exchange))));
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
