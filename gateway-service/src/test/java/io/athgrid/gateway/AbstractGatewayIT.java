package io.athgrid.gateway;

import io.athgrid.gateway.identity.siwe.SiweFixture;
import io.athgrid.gateway.testing.GatewayTestSecrets;
import io.athgrid.gateway.testing.RecordingDownstream;
import io.athgrid.gateway.testing.Wallets;
import io.athgrid.testsupport.spring.Infra;
import io.athgrid.testsupport.spring.RealInfrastructure;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as it runs, on a random port, against real PostgreSQL, Kafka and Redis, with a real
 * HTTP server standing in for the registry and MaaS services. One application context serves
 * every subclass. Limits are generous here; {@code RateLimitIT} tests the limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gateway-service",
        "spring.main.web-application-type=reactive",
        "athgrid.gateway.operators=" + SiweFixture.ANVIL_ADDRESS_1,
        "athgrid.gateway.rate-limit.backend=redis",
        "athgrid.gateway.rate-limit.enterprise.replenish-rate=1000",
        "athgrid.gateway.rate-limit.enterprise.burst-capacity=2000",
        "athgrid.gateway.rate-limit.wallet.replenish-rate=1000",
        "athgrid.gateway.rate-limit.wallet.burst-capacity=2000",
        "athgrid.gateway.rate-limit.anonymous.replenish-rate=1000",
        "athgrid.gateway.rate-limit.anonymous.burst-capacity=2000",
})
@RealInfrastructure({Infra.POSTGRES, Infra.KAFKA, Infra.REDIS})
@GatewayTestSecrets
public abstract class AbstractGatewayIT {

    protected static final RecordingDownstream DOWNSTREAM = RecordingDownstream.start();

    @LocalServerPort
    int port;

    @Autowired
    protected JdbcClient jdbc;

    protected WebTestClient http;
    protected Wallets wallets;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("athgrid.gateway.routes.registry", DOWNSTREAM::url);
        registry.add("athgrid.gateway.routes.maas", DOWNSTREAM::url);
        // Nothing listens there: a service that is down.
        registry.add("athgrid.gateway.routes.scheduler", () -> "http://127.0.0.1:" + closedPort());
    }

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        wallets = new Wallets(http);
        DOWNSTREAM.clear();
    }

    protected int port() {
        return port;
    }

    protected String operatorToken() {
        return wallets.signIn(SiweFixture.ANVIL_KEY_1, SiweFixture.ANVIL_ADDRESS_1);
    }

    protected String walletToken() {
        return wallets.signIn(SiweFixture.ANVIL_KEY_0, SiweFixture.ANVIL_ADDRESS_0);
    }

    /** Registers an enterprise (as operator) and returns its id. */
    protected String registerEnterprise(String operatorToken, String name) {
        Map<?, ?> created = http.post().uri("/api/identity/enterprises")
                .headers(h -> h.setBearerAuth(operatorToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("id");
    }

    /** Issues a key for the enterprise with whatever credential is given; returns the whole answer. */
    protected Map<?, ?> issueKey(String bearer, String enterpriseId, String name) {
        return http.post().uri("/api/identity/enterprises/{id}/api-keys", enterpriseId)
                .headers(h -> h.setBearerAuth(bearer))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected static String unique(String name) {
        return name + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
