package io.athgrid.agent.workload.simulated;

import java.util.Optional;

/**
 * An error answer in the OpenAI API's shape, {@code {"error":{"message","type","param","code"}}}:
 * thrown while a request is read, answered before anything else is written.
 */
final class OpenAiError extends RuntimeException {

    static final String INVALID_REQUEST = "invalid_request_error";

    final int status;
    final String type;
    final Optional<String> param;
    final Optional<String> code;

    private OpenAiError(int status, String message, String type, String param, String code) {
        super(message);
        this.status = status;
        this.type = type;
        this.param = Optional.ofNullable(param);
        this.code = Optional.ofNullable(code);
    }

    /** 400: the request's body is wrong; {@code param} names the field. */
    static OpenAiError invalid(String param, String message) {
        return new OpenAiError(400, message, INVALID_REQUEST, param, null);
    }

    static OpenAiError contextLengthExceeded(String param, String message) {
        return new OpenAiError(400, message, INVALID_REQUEST, param, "context_length_exceeded");
    }

    static OpenAiError modelNotFound(String model) {
        return new OpenAiError(404, "The model `" + model + "` does not exist.", INVALID_REQUEST, "model", "model_not_found");
    }

    static OpenAiError unknownUrl(String method, String path) {
        return new OpenAiError(404, "Invalid URL (" + method + " " + path + ")", INVALID_REQUEST, null, "unknown_url");
    }

    static OpenAiError methodNotAllowed(String method, String path, String allowed) {
        return new OpenAiError(405, "Method " + method + " is not allowed for " + path + " (allowed: " + allowed + ")",
                INVALID_REQUEST, null, "method_not_allowed");
    }

    static OpenAiError bodyTooLarge(long limitBytes) {
        return new OpenAiError(413, "The request body is larger than " + limitBytes + " bytes.", INVALID_REQUEST, null,
                "request_too_large");
    }

    static OpenAiError internal(String message) {
        return new OpenAiError(500, message, "server_error", null, null);
    }
}
