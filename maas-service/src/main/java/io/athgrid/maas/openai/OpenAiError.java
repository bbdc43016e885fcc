package io.athgrid.maas.openai;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as OpenAI answers it, inside {@code {"error": ...}}: OpenAI SDKs read only this shape,
 * and {@code param} and {@code code} are present even when null.
 *
 * @param type  {@code invalid_request_error} for the caller's mistakes, {@code server_error} for ours
 * @param param the request parameter at fault, if one is
 * @param code  a machine-readable reason such as {@code model_not_found}, if there is one
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpenAiError(String message, String type, String param, String code) {

    public static final String INVALID_REQUEST = "invalid_request_error";
    public static final String SERVER_ERROR = "server_error";

    /** The response body: the error under {@code "error"}. */
    public Body body() {
        return new Body(this);
    }

    public record Body(OpenAiError error) {
    }
}
