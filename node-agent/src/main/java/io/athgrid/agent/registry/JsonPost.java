package io.athgrid.agent.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A JSON {@code POST} to the platform that never throws: a failure on the way (no connection, a
 * timeout, a body that cannot be written) completes as an {@link RegistryAnswer#unreachable} answer.
 */
public final class JsonPost {

    private JsonPost() {
    }

    public static CompletableFuture<RegistryAnswer> send(HttpClient http, URI uri, Duration timeout, Object body) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(AgentJson.MAPPER.writeValueAsBytes(body)))
                    .build();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(RegistryAnswer.unreachable(e));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(RegistryAnswer::of)
                .exceptionally(RegistryAnswer::unreachable);
    }

    /** {@code base} without a trailing slash, so {@code base + "/path"} has one slash. */
    public static URI withoutTrailingSlash(URI base) {
        String text = base.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
