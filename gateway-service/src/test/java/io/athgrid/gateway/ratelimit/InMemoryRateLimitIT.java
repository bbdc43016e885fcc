package io.athgrid.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.gateway.testing.GatewayTestSecrets;
import io.athgrid.testsupport.spring.Infra;
import io.athgrid.testsupport.spring.RealInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With {@code backend=auto} and no Redis to be found, the gateway limits in memory and says so. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gateway-service",
        "spring.main.web-application-type=reactive",
        "athgrid.gateway.rate-limit.backend=auto",
        "spring.data.redis.host=127.0.0.1",
        "athgrid.gateway.rate-limit.anonymous.replenish-rate=1",
        "athgrid.gateway.rate-limit.anonymous.burst-capacity=2",
})
@RealInfrastructure({Infra.POSTGRES, Infra.KAFKA})
@GatewayTestSecrets
class InMemoryRateLimitIT {

    @LocalServerPort
    int port;

    @Autowired
    CallerRateLimiter limiter;

    WebTestClient http;

    @DynamicPropertySource
    static void noRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", InMemoryRateLimitIT::closedPort);
    }

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void falls_back_to_in_memory_buckets_and_still_answers_429(CapturedOutput output) {
        assertThat(limiter.backendName()).isEqualTo("in-memory");

        http.get().uri("/api/identity/siwe/nonce").exchange().expectStatus().isOk();
        RateLimits.firstRefusal(() -> http.get().uri("/api/identity/siwe/nonce").exchange(), 10)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "2")
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0");
        // Redis being away is no reason to take the gateway out of service.
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        assertThat(output).contains("Redis was not found").contains("per gateway instance");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
