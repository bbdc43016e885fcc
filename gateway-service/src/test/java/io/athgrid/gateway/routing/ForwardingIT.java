package io.athgrid.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.gateway.AbstractGatewayIT;
import io.athgrid.gateway.identity.siwe.SiweFixture;
import io.athgrid.gateway.testing.RecordingDownstream.Received;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.identity.InternalToken;
import io.athgrid.support.identity.InternalTokenDecoder;
import io.athgrid.support.identity.InternalTokenProperties;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@ExtendWith(OutputCaptureExtension.class)
class ForwardingIT extends AbstractGatewayIT {

    private final JwtDecoder internalTokens = InternalTokenDecoder.create(
            new InternalTokenProperties("internal-secret-for-integration-tests-0123", Duration.ofSeconds(60)));

    @Test
    void an_enterprise_call_reaches_the_service_with_the_verified_identity_only() {
        String operator = operatorToken();
        String acme = registerEnterprise(operator, unique("Forwarded"));
        String key = (String) issueKey(operator, acme, "forwarding").get("key");

        http.get().uri("/api/registry/containers?region=eu-west")
                .headers(h -> h.setBearerAuth(key))
                .header("X-Request-Id", "it-forward-000001")
                .header("X-Athgrid-Caller", "operator")
                .header("X-Athgrid-Roles", "OPERATOR")
                .header("X-User-Id", "someone-else")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "it-forward-000001")
                .expectBody().jsonPath("$.served").isEqualTo(true);

        Received received = DOWNSTREAM.next();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.path()).isEqualTo("/containers");
        assertThat(received.query()).isEqualTo("region=eu-west");
        assertThat(received.header("X-Request-Id")).isEqualTo("it-forward-000001");
        assertThat(received.header("X-Athgrid-Caller")).isNull();
        assertThat(received.header("X-Athgrid-Roles")).isNull();
        assertThat(received.header("X-User-Id")).isNull();
        assertThat(received.header("X-Api-Key")).isNull();
        assertThat(received.headers().get("Authorization")).hasSize(1);
        Jwt token = verifiedInternalToken(received);
        assertThat(InternalTokenDecoder.caller(token)).isEqualTo(Caller.enterprise(acme));
        assertThat(token.getClaimAsString(InternalToken.CLAIM_REQUEST_ID)).isEqualTo("it-forward-000001");
    }

    @Test
    void a_wallet_call_reaches_the_service_as_that_wallet_with_its_roles() {
        String operator = operatorToken();

        http.post().uri("/api/registry/containers")
                .headers(h -> h.setBearerAuth(operator))
                .header("X-Api-Key", "ath_" + "f".repeat(40))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("gpu", "H100"))
                .exchange()
                .expectStatus().isOk();

        Received received = DOWNSTREAM.next();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.header("X-Api-Key")).isNull();
        Caller caller = InternalTokenDecoder.caller(verifiedInternalToken(received));
        assertThat(caller.id()).isEqualTo(SiweFixture.ANVIL_ADDRESS_1.toLowerCase());
        assertThat(caller.kind()).isEqualTo(CallerKind.WALLET);
        assertThat(caller.roles()).containsExactly(Caller.OPERATOR);
    }

    @Test
    void the_openai_compatible_api_reaches_maas_unchanged() {
        String wallet = walletToken();

        http.get().uri("/v1/models").headers(h -> h.setBearerAuth(wallet)).exchange().expectStatus().isOk();

        Received received = DOWNSTREAM.next();
        assertThat(received.path()).isEqualTo("/v1/models");
        assertThat(InternalTokenDecoder.caller(verifiedInternalToken(received)).id())
                .isEqualTo(SiweFixture.ANVIL_ADDRESS_0.toLowerCase());
    }

    @Test
    void public_service_paths_are_forwarded_without_any_identity() {
        http.get().uri("/api/registry/v3/api-docs")
                .header("X-Athgrid-Caller", "operator")
                .header("X-Request-Id", "not a safe id!")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value("X-Request-Id", id -> assertThat(id).matches("[0-9a-f-]{36}"));
        Received docs = DOWNSTREAM.next();
        assertThat(docs.path()).isEqualTo("/v3/api-docs");
        assertThat(docs.header("Authorization")).isNull();
        assertThat(docs.header("X-Athgrid-Caller")).isNull();
        assertThat(docs.header("X-Request-Id")).matches("[0-9a-f-]{36}");

        http.get().uri("/api/registry/actuator/health/readiness").exchange().expectStatus().isOk();
        assertThat(DOWNSTREAM.next().path()).isEqualTo("/actuator/health/readiness");
    }

    @Test
    void nodes_post_their_signed_registrations_and_heartbeats_without_signing_in_but_may_not_read() {
        http.post().uri("/api/registry/containers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("ownerSignature", "0x00")).exchange().expectStatus().isOk();
        assertThat(DOWNSTREAM.next().path()).isEqualTo("/containers");
        http.post().uri("/api/registry/containers/c-7/heartbeats").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sequence", 1)).exchange().expectStatus().isOk();
        Received heartbeat = DOWNSTREAM.next();
        assertThat(heartbeat.path()).isEqualTo("/containers/c-7/heartbeats");
        assertThat(heartbeat.header("Authorization")).isNull();

        http.get().uri("/api/registry/containers").exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/registry/containers/c-7/heartbeats").exchange().expectStatus().isUnauthorized();
        http.patch().uri("/api/registry/containers/c-7").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("services", "vllm")).exchange().expectStatus().isUnauthorized();
        assertThat(DOWNSTREAM.nothingArrived()).isTrue();
    }

    @Test
    void service_actuators_other_than_health_are_not_there_even_for_operators() {
        String operator = operatorToken();

        for (String path : new String[] {"/api/registry/actuator/env", "/api/registry/actuator",
                "/api/registry/%61ctuator/heapdump", "/api/maas/actuator/prometheus"}) {
            http.get().uri(java.net.URI.create("http://localhost:" + port() + path))
                    .headers(h -> h.setBearerAuth(operator))
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(DOWNSTREAM.nothingArrived()).isTrue();
    }

    @Test
    void a_protected_route_without_credentials_is_refused_before_reaching_the_service() {
        http.get().uri("/api/registry/containers")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.instance").isEqualTo("/api/registry/containers");
        http.get().uri("/api/registry/containers").header("X-Athgrid-Caller", "operator")
                .exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/api/registry/containers").header("X-Api-Key", "ath_" + "0".repeat(40))
                .exchange()
                .expectStatus().isUnauthorized();
        assertThat(DOWNSTREAM.nothingArrived()).isTrue();
    }

    @Test
    void an_unauthenticated_openai_call_gets_an_openai_error() {
        http.post().uri("/v1/chat/completions")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("model", "llama-3-70b", "messages", java.util.List.of()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("invalid_request_error")
                .jsonPath("$.error.code").isEqualTo("invalid_api_key")
                .jsonPath("$.error.param").isEmpty()
                .jsonPath("$.error.message").isNotEmpty();
        assertThat(DOWNSTREAM.nothingArrived()).isTrue();
    }

    @Test
    void a_service_that_is_down_is_a_bad_gateway() {
        http.get().uri("/api/scheduler/orders").headers(h -> h.setBearerAuth(walletToken()))
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknown_paths_are_problems_too() {
        http.get().uri("/api/nowhere/at-all").headers(h -> h.setBearerAuth(walletToken()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_request_id_is_in_the_structured_log_line_of_the_call(CapturedOutput output) {
        http.get().uri("/api/registry/containers").header("X-Request-Id", "it-log-context-0001")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.requestId").isEqualTo("it-log-context-0001");

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .contains("\"message\":\"GET /api/registry/containers -> 401 UNAUTHORIZED")
                .contains("\"requestId\":\"it-log-context-0001\""));
    }

    @Test
    void visitors_of_the_root_are_sent_to_the_dashboard_and_the_api_docs_are_public() {
        http.get().uri("/").exchange()
                .expectStatus().isTemporaryRedirect()
                .expectHeader().valueEquals("Location", "/dashboard/");
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/identity/siwe/login']").exists();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'registry')].url").isEqualTo("/api/registry/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'maas')].url").isEqualTo("/api/maas/v3/api-docs");
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    private Jwt verifiedInternalToken(Received received) {
        String authorization = received.header("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        return internalTokens.decode(authorization.substring("Bearer ".length()));
    }
}
