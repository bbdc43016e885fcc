package io.athgrid.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headers a client might use to claim an identity. None reaches a service: the gateway removes
 * them all and puts the identity it verified into a fresh internal token.
 */
public final class ClientIdentityHeaders {

    private static final Set<String> EXACT = Set.of(
            "authorization", "proxy-authorization", "x-api-key", "x-forwarded-user", "x-remote-user",
            "x-user", "x-user-id", "x-caller", "x-caller-id", "x-auth-user", "x-internal-token");
    private static final List<String> PREFIXES = List.of("x-athgrid-", "x-caller-", "x-user-", "x-auth-");

    private ClientIdentityHeaders() {
    }

    public static boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXACT.contains(lower) || PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
