package io.athgrid.bench.heartbeat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.json.JsonMapper;

/** Registers the simulated nodes through the registry's API, a few at a time. */
final class Registrations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final long chainId;

    Registrations(String baseUrl, long chainId) {
        this.baseUrl = baseUrl;
        this.chainId = chainId;
    }

    void registerAll(List<SimulatedNode> nodes) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors() * 2);
        try {
            List<Future<?>> pending = nodes.stream().<Future<?>>map(node -> pool.submit(() -> register(node))).toList();
            for (Future<?> registration : pending) {
                registration.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("registration failed", e);
        } finally {
            pool.shutdown();
        }
    }

    private void register(SimulatedNode node) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/containers"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(node.registration(chainId))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registration answered " + response.statusCode() + ": "
                        + response.body());
            }
            node.registered(JSON.readTree(response.body()).path("containerId").asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
