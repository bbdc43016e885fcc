package io.athgrid.agent.checker;

import io.athgrid.agent.registry.AgentJson;
import io.athgrid.agent.registry.RegistryAnswer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * The platform's HTTP API as a checker client uses it, all through the gateway: Sign-In with
 * Ethereum ({@code /api/identity/siwe}) and the checker-service ({@code /api/checker}). Calls block
 * and never throw: a failure on the way is an {@link RegistryAnswer#unreachable} answer. One
 * instance (one connection pool) serves any number of checkers; each call carries its checker's
 * session token.
 */
public final class CheckerApi {

    private final HttpClient http;
    private final URI platform;
    private final Duration requestTimeout;

    /** @param platform the platform's public URL (the gateway), e.g. {@code http://localhost:8080} */
    public CheckerApi(HttpClient http, URI platform, Duration requestTimeout) {
        String base = platform.toString();
        this.http = http;
        this.platform = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.requestTimeout = requestTimeout;
    }

    public URI platform() {
        return platform;
    }

    /** {@code GET /api/identity/siwe/nonce}: {@code {"nonce", "expiresAt"}}. */
    public RegistryAnswer nonce() {
        return send(request("/api/identity/siwe/nonce", null).GET());
    }

    /** {@code POST /api/identity/siwe/login}: {@code {"token", "expiresAt", "address", "roles"}}. */
    public RegistryAnswer login(String message, String signature) {
        JsonNode body = AgentJson.MAPPER.createObjectNode().put("message", message).put("signature", signature);
        return send(post("/api/identity/siwe/login", null, body));
    }

    /** {@code GET /api/checker/domain}: the EIP-712 domain reports are signed in. */
    public RegistryAnswer domain(String token) {
        return send(request("/api/checker/domain", token).GET());
    }

    /** {@code GET /api/checker/assignments}: the open seats of the caller's licenses; also its sign of life. */
    public RegistryAnswer assignments(String token) {
        return send(request("/api/checker/assignments", token).GET());
    }

    /** {@code POST /api/checker/reports}: 202 when accepted, problem+json with a {@code reason} when rejected. */
    public RegistryAnswer submit(String token, JsonNode report) {
        return send(post("/api/checker/reports", token, report));
    }

    private HttpRequest.Builder post(String path, String token, JsonNode body) {
        return request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(AgentJson.MAPPER.writeValueAsBytes(body)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(platform + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json, application/problem+json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private RegistryAnswer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return RegistryAnswer.of(response);
        } catch (IOException | RuntimeException e) {
            return RegistryAnswer.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RegistryAnswer.unreachable(e);
        }
    }
}
