package io.athgrid.testsupport.anvil;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Minimal Ethereum JSON-RPC over HTTP: enough to see that anvil is up and to drive it in tests. */
final class AnvilRpc {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final AtomicLong ids = new AtomicLong();

    AnvilRpc(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The call's "result"; an RPC error or a transport failure becomes an IllegalStateException. */
    JsonNode call(String method, Object... params) {
        String body = JSON.writeValueAsString(Map.of(
                "jsonrpc", "2.0", "id", ids.incrementAndGet(), "method", method, "params", List.of(params)));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode reply = JSON.readTree(response.body());
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.get("result");
        } catch (IOException e) {
            throw new IllegalStateException(method + " to " + endpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        }
    }

    /** eth_chainId, or -1 while nothing answers. */
    long chainIdOrMinusOne() {
        try {
            return Long.decode(call("eth_chainId").asString());
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
