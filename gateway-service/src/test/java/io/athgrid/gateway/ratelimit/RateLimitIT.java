package io.athgrid.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.gateway.identity.siwe.SiweFixture;
import io.athgrid.gateway.testing.GatewayTestSecrets;
import io.athgrid.gateway.testing.RecordingDownstream;
import io.athgrid.gateway.testing.Wallets;
import io.athgrid.testsupport.spring.Infra;
import io.athgrid.testsupport.spring.RealInfrastructure;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * Per-caller limits kept in a real Redis, with tiny bursts so they are reached at once. The Redis
 * is shared with the other test contexts, so this test calls from its own address (127.0.0.2)
 * with its own wallet, and clears the buckets around each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gateway-service",
        "spring.main.web-application-type=reactive",
        "athgrid.gateway.rate-limit.backend=redis",
        "athgrid.gateway.rate-limit.anonymous.replenish-rate=1",
        "athgrid.gateway.rate-limit.anonymous.burst-capacity=3",
        "athgrid.gateway.rate-limit.wallet.replenish-rate=1",
        "athgrid.gateway.rate-limit.wallet.burst-capacity=2",
        "athgrid.gateway.rate-limit.node.replenish-rate=1",
        "athgrid.gateway.rate-limit.node.burst-capacity=2",
})
@RealInfrastructure({Infra.POSTGRES, Infra.KAFKA, Infra.REDIS})
@GatewayTestSecrets
class RateLimitIT {

    static final RecordingDownstream MAAS = RecordingDownstream.start();

    @LocalServerPort
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    CallerRateLimiter limiter;

    WebTestClient http;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("athgrid.gateway.routes.maas", MAAS::url);
        registry.add("athgrid.gateway.routes.registry", MAAS::url);
    }

    @BeforeEach
    void client() {
        HttpClient from127002 = HttpClient.create()
                .bindAddress(() -> new InetSocketAddress("127.0.0.2", 0));
        http = WebTestClient.bindToServer(new ReactorClientHttpConnector(from127002))
                .baseUrl("http://127.0.0.2:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        MAAS.clear();
        freshBuckets();
    }

    @AfterEach
    void freshBuckets() {
        List<String> keys = redis.keys("request_rate_limiter.*").collectList().block();
        if (!keys.isEmpty()) {
            redis.delete(keys.toArray(String[]::new)).block();
        }
    }

    @Test
    void the_buckets_live_in_redis() {
        assertThat(limiter.backendName()).isEqualTo("redis");
    }

    @Test
    void an_anonymous_caller_past_its_burst_gets_429_on_the_identity_api_and_on_routes_alike() {
        http.get().uri("/api/identity/siwe/nonce").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "3");
        http.get().uri("/api/registry/v3/api-docs").exchange().expectStatus().isOk();

        // One token per second comes back, so the burst is used up within a few quick calls.
        WebTestClient.ResponseSpec refused = RateLimits.firstRefusal(
                () -> http.get().uri("/api/identity/siwe/nonce").exchange(), 10);

        refused.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectHeader().valueEquals("X-RateLimit-Replenish-Rate", "1")
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.status").isEqualTo(429);
        // Routes draw from the same bucket: at most a token that came back since.
        RateLimits.firstRefusal(() -> http.get().uri("/api/registry/v3/api-docs").exchange(), 3)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(redis.hasKey("request_rate_limiter.{anonymous.ip:127.0.0.2}.tokens").block()).isTrue();
    }

    @Test
    void a_wallet_has_its_own_bucket_and_an_openai_client_is_told_in_openai_terms() {
        String token = new Wallets(http).signIn(SiweFixture.ANVIL_KEY_2, SiweFixture.ANVIL_ADDRESS_2);

        WebTestClient.ResponseSpec refused = RateLimits.firstRefusal(
                () -> http.get().uri("/v1/models").headers(h -> h.setBearerAuth(token)).exchange(), 10);

        refused.expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectBody()
                .jsonPath("$.error.code").isEqualTo("rate_limit_exceeded")
                .jsonPath("$.error.type").isEqualTo("requests");
        assertThat(MAAS.next().path()).isEqualTo("/v1/models");
        // The anonymous bucket (nonce and login took two of three) is another caller's.
        http.get().uri("/api/identity/siwe/nonce").exchange().expectStatus().isOk();
    }

    @Test
    void heartbeats_draw_from_their_container_bucket_not_from_the_address() {
        RateLimits.firstRefusal(() -> heartbeat("c-limited"), 10)
                .expectHeader().valueEquals("X-RateLimit-Replenish-Rate", "1")
                .expectBody().jsonPath("$.status").isEqualTo(429);

        heartbeat("c-other").expectStatus().isOk();
        http.get().uri("/api/identity/siwe/nonce").exchange().expectStatus().isOk();
        assertThat(redis.hasKey("request_rate_limiter.{node.node:c-limited}.tokens").block()).isTrue();
    }

    @Test
    void engine_calls_draw_from_their_container_bucket_not_from_the_address() {
        RateLimits.firstRefusal(() -> enginePoll("c-polling"), 10)
                .expectHeader().valueEquals("X-RateLimit-Replenish-Rate", "1")
                .expectBody().jsonPath("$.status").isEqualTo(429);

        enginePoll("c-other").expectStatus().isOk();
        http.get().uri("/api/identity/siwe/nonce").exchange().expectStatus().isOk();
        assertThat(redis.hasKey("request_rate_limiter.{node.node:c-polling}.tokens").block()).isTrue();
    }

    private WebTestClient.ResponseSpec enginePoll(String containerId) {
        return http.post().uri("/api/maas/containers/" + containerId + "/engines/poll")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
    }

    private WebTestClient.ResponseSpec heartbeat(String containerId) {
        return http.post().uri("/api/registry/containers/" + containerId + "/heartbeats")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
    }
}
