package io.athgrid.agent.registry;

import io.athgrid.protocol.container.HeartbeatRequest;
import io.athgrid.protocol.container.RegisterContainerRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The container registry's API as the agent uses it. {@code baseUrl} is the registry API's base,
 * e.g. {@code http://localhost:8080/api/registry} through the gateway. Calls never throw: a
 * failure on the way is an {@link RegistryAnswer#unreachable} answer, so callers decide by status.
 * One client (one connection pool) serves any number of containers.
 */
public final class RegistryClient {

    private final HttpClient http;
    private final URI baseUrl;
    private final Duration requestTimeout;

    public RegistryClient(HttpClient http, URI baseUrl, Duration requestTimeout) {
        this.http = http;
        this.baseUrl = JsonPost.withoutTrailingSlash(baseUrl);
        this.requestTimeout = requestTimeout;
    }

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** {@code POST /containers}: 201 with the container view. */
    public CompletableFuture<RegistryAnswer> register(RegisterContainerRequest request) {
        return post("/containers", request);
    }

    /** {@code POST /containers/{id}/heartbeats}: 202 with the container's status and heartbeat interval. */
    public CompletableFuture<RegistryAnswer> heartbeat(String containerId, HeartbeatRequest request) {
        return post("/containers/" + URLEncoder.encode(containerId, StandardCharsets.UTF_8) + "/heartbeats", request);
    }

    private CompletableFuture<RegistryAnswer> post(String path, Object body) {
        return JsonPost.send(http, URI.create(baseUrl + path), requestTimeout, body);
    }
}
