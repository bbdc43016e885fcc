package io.athgrid.agent.registry;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * What the platform's API (the registry, or maas-service's engine channel), or the way to it,
 * answered: an HTTP status with its JSON body, or {@link #UNREACHABLE} when no answer came
 * (connection refused, timeout).
 */
public record RegistryAnswer(int status, JsonNode body, Optional<Duration> retryAfter, String failure) {

    public static final int UNREACHABLE = 0;

    /** The platform's answer: its status, its JSON body (missing when there is none or it is not JSON), Retry-After. */
    public static RegistryAnswer of(HttpResponse<String> response) {
        return new RegistryAnswer(response.statusCode(), json(response.body()), retryAfter(response), "");
    }

    public static RegistryAnswer unreachable(Throwable failure) {
        Throwable cause = failure;
        // The HTTP client wraps the interesting exception (ConnectException, HttpTimeoutException) in CompletionException.
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        return new RegistryAnswer(UNREACHABLE, MissingNode.getInstance(), Optional.empty(), message);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Worth trying again later: nobody answered, the gateway limits our rate, or the platform has a problem. */
    public boolean isTransient() {
        return status == UNREACHABLE || status == 429 || status >= 500;
    }

    /** The problem+json {@code detail} (with its field {@code errors}, if any), or what went wrong on the way. */
    public String detail() {
        if (status == UNREACHABLE) {
            return "platform unreachable: " + failure;
        }
        String detail = body.path("detail").asString("");
        JsonNode errors = body.path("errors");
        String described = detail.isEmpty() ? "HTTP " + status : "HTTP " + status + ": " + detail;
        return errors.isMissingNode() || errors.isNull() ? described : described + " " + errors;
    }

    public String text(String field) {
        return body.path(field).asString("");
    }

    public long number(String field, long otherwise) {
        JsonNode value = body.path(field);
        return value.isNumber() ? value.asLong() : otherwise;
    }

    private static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return AgentJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            // A proxy's HTML error page: the status says enough.
            return MissingNode.getInstance();
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())));
    }
}
