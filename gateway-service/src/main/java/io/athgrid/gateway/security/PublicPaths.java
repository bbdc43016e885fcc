package io.athgrid.gateway.security;

/** What anyone may call without signing in; everything else needs an API key or a wallet session. */
final class PublicPaths {

    static final String[] PATTERNS = {
        "/api/identity/siwe/**",
        // Each service's API description and health, through its route.
        "/api/*/v3/api-docs", "/api/*/v3/api-docs/**",
        "/api/*/actuator/health", "/api/*/actuator/health/**",
        // The gateway's own.
        "/actuator/health", "/actuator/health/**",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
        "/", "/dashboard", "/dashboard/**", "/favicon.ico",
    };

    /**
     * What nodes send, signed with their own keys and verified by the service: a container's
     * registration (the owner's and the node key's signatures) and its heartbeats (container-registry),
     * and its polls for the inference engines to run and their endpoints (maas-service). POST only.
     */
    static final String[] NODE_POSTS = {
        "/api/registry/containers", "/api/registry/containers/*/heartbeats",
        "/api/maas/containers/*/engines/**",
    };

    private PublicPaths() {
    }
}
