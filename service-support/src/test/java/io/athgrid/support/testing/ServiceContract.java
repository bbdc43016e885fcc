package io.athgrid.support.testing;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.support.ServiceProperties;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What every athgrid service promises, checked against the running service on real PostgreSQL and
 * Kafka: its schema migrated, health and metrics exposed, OpenAPI published under its public path,
 * problem+json errors, request ids, and no access without the gateway's internal token.
 * A service's test extends it and carries {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class ServiceContract {

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private ServiceProperties service;
    @Autowired
    private InternalTokenIssuer tokens;
    @Autowired
    private InternalTokenProperties tokenProperties;
    @Autowired
    private DataSource dataSource;

    protected ServiceHttp http;

    @BeforeEach
    void connect() {
        http = new ServiceHttp(port);
    }

    protected String tokenFor(Caller caller) {
        return tokens.issue(caller, "contract-test-request");
    }

    @Test
    void its_schema_holds_the_platform_tables_and_its_own_migrations() {
        List<String> tables = JdbcClient.create(dataSource)
                .sql("select table_name from information_schema.tables where table_schema = ?")
                .param(service.schema())
                .query(String.class)
                .list();

        assertThat(tables).contains("outbox_event", "processed_event", "flyway_platform_history",
                "flyway_schema_history");
    }

    @Test
    void liveness_and_readiness_are_up_without_credentials() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = http.get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(json(response).path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void prometheus_metrics_are_tagged_with_the_service() {
        HttpResponse<String> response = http.get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("service=\"" + service.name() + "\"");
    }

    @Test
    void openapi_describes_the_service_under_its_public_path() {
        JsonNode docs = json(http.get("/v3/api-docs"));

        assertThat(docs.path("openapi").asString()).startsWith("3.");
        assertThat(docs.path("servers").get(0).path("url").asString()).isEqualTo(service.publicPath());
    }

    @Test
    void a_request_without_the_internal_token_is_refused_as_problem_json() {
        HttpResponse<String> response = http.get("/caller", "X-Athgrid-Caller", "0xspoofed", "X-Request-Id",
                "contract-req-401");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("requestId").asString()).isEqualTo("contract-req-401");
    }

    @Test
    void a_token_signed_with_another_secret_is_refused() {
        InternalTokenIssuer forger = new InternalTokenIssuer(
                new InternalTokenProperties("not-the-platform-secret-but-long-enough", null), Clock.systemUTC());

        HttpResponse<String> response =
                http.get("/caller", "Authorization", bearer(forger.issue(Caller.operator("0xabc"), "forged")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void an_expired_token_is_refused() {
        Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        InternalTokenIssuer stale = new InternalTokenIssuer(tokenProperties, longAgo);

        HttpResponse<String> response =
                http.get("/caller", "Authorization", bearer(stale.issue(Caller.wallet("0xabc"), "old")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void the_caller_comes_from_the_token_and_never_from_client_headers() {
        String wallet = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

        JsonNode caller = json(http.get("/caller", "Authorization", bearer(tokenFor(Caller.wallet(wallet))),
                "X-Athgrid-Caller", "0xspoofed"));

        assertThat(caller.path("id").asString()).isEqualTo(wallet);
        assertThat(caller.path("kind").asString()).isEqualTo("WALLET");
        assertThat(caller.path("roles")).isEmpty();
    }

    @Test
    void the_request_id_is_echoed() {
        HttpResponse<String> response = http.get("/caller", "Authorization",
                bearer(tokenFor(Caller.enterprise("ent-1"))), "X-Request-Id", "contract-req-echo");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("contract-req-echo");
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        HttpResponse<String> response =
                http.get("/no/such/path", "Authorization", bearer(tokenFor(Caller.enterprise("ent-1"))));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("status").asInt()).isEqualTo(404);
    }
}
