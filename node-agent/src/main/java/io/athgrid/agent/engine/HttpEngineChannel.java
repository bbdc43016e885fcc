package io.athgrid.agent.engine;

import io.athgrid.agent.registry.JsonPost;
import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.protocol.engine.EnginePollRequest;
import io.athgrid.protocol.engine.EngineReportRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The engine channel over HTTP. {@code maasUrl} is maas-service's API base, e.g.
 * {@code http://localhost:8080/api/maas} through the gateway. One client (one connection pool)
 * serves any number of containers.
 */
public final class HttpEngineChannel implements EngineChannel {

    private final HttpClient http;
    private final URI maasUrl;
    private final Duration requestTimeout;

    public HttpEngineChannel(HttpClient http, URI maasUrl, Duration requestTimeout) {
        this.http = http;
        this.maasUrl = JsonPost.withoutTrailingSlash(maasUrl);
        this.requestTimeout = requestTimeout;
    }

    public URI maasUrl() {
        return maasUrl;
    }

    @Override
    public CompletableFuture<RegistryAnswer> poll(String containerId, EnginePollRequest request) {
        return JsonPost.send(http, URI.create(maasUrl + "/containers/" + encode(containerId) + "/engines/poll"),
                requestTimeout, request);
    }

    @Override
    public CompletableFuture<RegistryAnswer> report(String containerId, String replicaId, EngineReportRequest request) {
        return JsonPost.send(http, URI.create(maasUrl + "/containers/" + encode(containerId) + "/engines/" + encode(replicaId)
                + "/endpoint"), requestTimeout, request);
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
    }
}
