package io.athgrid.gateway.problem;

import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The two shapes an error takes at the gateway: RFC 9457 problem+json everywhere, and under
 * {@code /v1/**} the OpenAI error object, because OpenAI SDKs read only that.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static boolean speaksOpenAi(String path) {
        return path.equals("/v1") || path.startsWith("/v1/");
    }

    /** An RFC 9457 problem; {@code errors} lists offending fields and may be empty. */
    public static Map<String, Object> problem(HttpStatusCode status, String detail, String instance,
            String requestId, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        body.put("requestId", requestId);
        return body;
    }

    /** {@code {"error": {"message", "type", "param", "code"}}} as OpenAI answers. */
    public static Map<String, Object> openAi(HttpStatusCode status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", status.is5xxServerError() ? "server_error"
                : status.value() == 429 ? "requests" : "invalid_request_error");
        error.put("param", null);
        error.put("code", openAiCode(status));
        return Map.of("error", error);
    }

    private static String openAiCode(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> "invalid_api_key";
            case 403 -> "permission_denied";
            case 404 -> "not_found";
            case 429 -> "rate_limit_exceeded";
            default -> null;
        };
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error " + status.value();
    }
}
