package io.athgrid.maas.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET {endpoint}/health}, as vLLM and the simulated engine answer it: a 2xx answer within the timeout
 * passes; anything else (refused, timed out, an error status) fails. Checks run concurrently, none on a
 * request thread.
 */
public class HealthProbe {

    private final HttpClient http;
    private final Duration timeout;

    public HealthProbe(Duration timeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    /** Completes with whether the engine passed, never exceptionally, at the latest about twice the timeout later. */
    public CompletableFuture<Boolean> check(URI endpoint) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(endpoint.resolve("/health")).timeout(timeout).GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(false);
        }
        // The request timeout starts once connected: bound the whole check, connecting included.
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> answer.statusCode() / 100 == 2)
                .exceptionally(failure -> false)
                .completeOnTimeout(false, timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    }
}
