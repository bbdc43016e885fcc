package io.athgrid.gateway.ratelimit;

import io.athgrid.gateway.security.CurrentCaller;
import java.net.InetSocketAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Names the bucket of a request by its verified caller; a node's heartbeat or engine call by its container
 * (the registry and maas-service verify the node's signature); anything else by the client's address. The address is
 * the TCP peer's; behind a load balancer enable {@code server.forward-headers-strategy} so it is
 * the client's, not the balancer's.
 */
public class CallerKeyResolver implements KeyResolver {

    /**
     * A node's own calls, each signed by its node key and verified downstream: heartbeats to the registry and
     * the engine channel to maas-service. Keyed by container, so a provider whose hosts share one address
     * (a data centre behind NAT) is limited per host, not as one client.
     */
    private static final Pattern NODE_CALL = Pattern.compile(
            "/api/(?:registry/containers/([^/]{1,64})/heartbeats|maas/containers/([^/]{1,64})/engines/.+)");

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return CurrentCaller.get()
                .map(RateLimitKeys::forCaller)
                .switchIfEmpty(Mono.fromSupplier(() -> anonymousKey(exchange)));
    }

    private static String anonymousKey(ServerWebExchange exchange) {
        Matcher node = NODE_CALL.matcher(exchange.getRequest().getPath().value());
        if (node.matches()) {
            return RateLimitKeys.forNode(node.group(1) != null ? node.group(1) : node.group(2));
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
