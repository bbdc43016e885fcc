package io.athgrid.maas.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.maas.catalog.ModelNotFoundException;
import io.athgrid.support.trace.RequestId;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

class OpenAiErrorsTest {

    @AfterEach
    void clearRequestId() {
        MDC.remove(RequestId.MDC_KEY);
    }

    @Test
    void an_unknown_model_is_model_not_found_as_openai_answers() {
        OpenAiFailure failure = OpenAiErrors.of(new ModelNotFoundException("acme/nope"), "GET", "/v1/models/acme/nope");

        assertThat(failure.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(failure.error()).isEqualTo(new OpenAiError(
                "The model `acme/nope` does not exist or you do not have access to it.", "invalid_request_error",
                "model", "model_not_found"));
    }

    @Test
    void invalid_input_is_an_invalid_request_naming_the_parameter() {
        OpenAiFailure one = of(new InvalidRequestException("model", "model must be a name"));
        OpenAiFailure two = of(new InvalidRequestException("The request is invalid",
                List.of(new FieldError("model", "is required"), new FieldError("n", "must be 1 .. 8"))));
        OpenAiFailure missing = of(new MissingServletRequestParameterException("id", "String"));

        assertThat(one.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(one.error()).isEqualTo(new OpenAiError("model must be a name", "invalid_request_error", "model",
                null));
        assertThat(two.error().message()).isEqualTo("The request is invalid: model is required; n must be 1 .. 8");
        assertThat(two.error().param()).isEqualTo("model");
        assertThat(missing.error().param()).isEqualTo("id");
    }

    @Test
    void unknown_urls_and_methods_are_invalid_requests_with_their_status() {
        OpenAiFailure unknown = OpenAiErrors.of(new NoResourceFoundException(
                org.springframework.http.HttpMethod.GET, "/v1/nope", "v1/nope"), "GET", "/v1/nope");
        OpenAiFailure method = OpenAiErrors.of(new HttpRequestMethodNotSupportedException("POST", Set.of("GET")),
                "POST", "/v1/models");

        assertThat(unknown.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.error()).isEqualTo(new OpenAiError("Invalid URL (GET /v1/nope)", "invalid_request_error",
                null, "not_found"));
        assertThat(method.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(method.error().message()).isEqualTo("Invalid method for URL (POST /v1/models)");
        assertThat(method.headers().getFirst(HttpHeaders.ALLOW)).isEqualTo("GET");
    }

    @Test
    void refusals_carry_the_gateways_codes() {
        assertThat(of(new AccessDeniedException("enterprises only")).error())
                .isEqualTo(new OpenAiError("enterprises only", "invalid_request_error", null, "permission_denied"));
        assertThat(OpenAiErrors.clientError(HttpStatus.UNAUTHORIZED, "sign in").error().code())
                .isEqualTo("invalid_api_key");
        assertThat(of(new ResponseStatusException(HttpStatus.CONFLICT, "taken")).status())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void our_failures_are_server_errors_that_name_the_request_id_and_nothing_else() {
        MDC.put(RequestId.MDC_KEY, "req-42");

        OpenAiFailure failure = of(new IllegalStateException("connection pool exhausted at db-3"));

        assertThat(failure.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(failure.error().type()).isEqualTo("server_error");
        assertThat(failure.error().message()).contains("req-42").doesNotContain("db-3");
        assertThat(of(new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "db down")).error().type())
                .isEqualTo("server_error");
    }

    private static OpenAiFailure of(Exception failure) {
        return OpenAiErrors.of(failure, "GET", "/v1/models");
    }
}
