package io.athgrid.local;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local run's own tooling reading a service as an operator: directly on the service's port, with an
 * internal token, as the platform's services call each other (no gateway session to sign in for).
 */
final class OperatorCalls {

    static final Caller LOCAL_RUN = Caller.operator("service:local-run");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final InternalTokenIssuer tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    OperatorCalls(String internalTokenSecret) {
        this.tokens = new InternalTokenIssuer(new InternalTokenProperties(internalTokenSecret, null), Clock.systemUTC());
    }

    /** GETs {@code path} from the service on {@code port}; anything but 200 is an error naming the answer. */
    JsonNode get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + tokens.issue(LOCAL_RUN, "local-run"))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }
}
