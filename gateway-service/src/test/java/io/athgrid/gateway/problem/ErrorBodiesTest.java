package io.athgrid.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ErrorBodiesTest {

    @Test
    void only_the_openai_compatible_api_speaks_openai() {
        assertThat(ErrorBodies.speaksOpenAi("/v1/chat/completions")).isTrue();
        assertThat(ErrorBodies.speaksOpenAi("/v1")).isTrue();
        assertThat(ErrorBodies.speaksOpenAi("/v10/x")).isFalse();
        assertThat(ErrorBodies.speaksOpenAi("/api/maas/models")).isFalse();
    }

    @Test
    void a_problem_names_status_detail_instance_request_id_and_fields() {
        Map<String, Object> problem = ErrorBodies.problem(HttpStatus.BAD_REQUEST, "The request is invalid",
                "/api/identity/enterprises", "req-12345678", List.of(new FieldError("name", "must not be blank")));

        assertThat(problem)
                .containsEntry("type", "about:blank")
                .containsEntry("title", "Bad Request")
                .containsEntry("status", 400)
                .containsEntry("detail", "The request is invalid")
                .containsEntry("instance", "/api/identity/enterprises")
                .containsEntry("requestId", "req-12345678")
                .containsEntry("errors", List.of(new FieldError("name", "must not be blank")));
    }

    @Test
    void an_unauthenticated_openai_call_gets_the_invalid_api_key_error() {
        Map<String, Object> body = ErrorBodies.openAi(HttpStatus.UNAUTHORIZED, "Incorrect API key");

        assertThat(body).containsOnlyKeys("error");
        assertThat(error(body))
                .containsEntry("message", "Incorrect API key")
                .containsEntry("type", "invalid_request_error")
                .containsEntry("param", null)
                .containsEntry("code", "invalid_api_key");
    }

    @Test
    void a_rate_limited_openai_call_gets_the_rate_limit_error() {
        assertThat(error(ErrorBodies.openAi(HttpStatus.TOO_MANY_REQUESTS, "slow down")))
                .containsEntry("type", "requests")
                .containsEntry("code", "rate_limit_exceeded");
        assertThat(error(ErrorBodies.openAi(HttpStatus.BAD_GATEWAY, "down"))).containsEntry("type", "server_error");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> body) {
        return (Map<String, Object>) body.get("error");
    }
}
