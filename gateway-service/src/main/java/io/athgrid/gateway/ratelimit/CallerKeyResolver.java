package io.athgrid.gateway.ratelimit;

import io.athgrid.gateway.security.CurrentCaller;
import java.net.InetSocketAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Names the bucket of a request by its verified caller; a node's heartbeat by its container (the
 * registry verifies the node's signature); anything else by the client's address. The address is
 * the TCP peer's; behind a load balancer enable {@code server.forward-headers-strategy} so it is
 * the client's, not the balancer's.
 */
public class CallerKeyResolver implements KeyResolver {

    private static final Pattern HEARTBEAT = Pattern.compile("/api/registry/containers/([^/]{1,64})/heartbeats");

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return CurrentCaller.get()
                .map(RateLimitKeys::forCaller)
                .switchIfEmpty(Mono.fromSupplier(() -> anonymousKey(exchange)));
    }

    private static String anonymousKey(ServerWebExchange exchange) {
        Matcher heartbeat = HEARTBEAT.matcher(exchange.getRequest().getPath().value());
        if (heartbeat.matches()) {
            return RateLimitKeys.forNode(heartbeat.group(1));
        }
        return RateLimitKeys.forAnonymous(remoteAddress(exchange));
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
