package io.athgrid.agent.workload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An engine's health check, as vLLM defines it: {@code GET /health} answers 200 once the model is loaded. */
public final class EngineHealth {

    private final HttpClient client;
    private final Duration requestTimeout;

    public EngineHealth(HttpClient client, Duration requestTimeout) {
        this.client = client;
        this.requestTimeout = requestTimeout;
    }

    /** A health check on its own HTTP/1.1 client, 2 s per request. */
    public static EngineHealth create() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        return new EngineHealth(client, Duration.ofSeconds(2));
    }

    public boolean isHealthy(URI endpoint) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/health")).timeout(requestTimeout).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
