package io.athgrid.checker.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.athgrid.checker.slashing.RegisteredSpecs;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenDecoder;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The registry's answer as {@code GET /containers/{id}} gives it, from a stand-in HTTP server on this machine. */
class RegistryStakeRequirementsTest {

    private static final InternalTokenProperties TOKENS =
            new InternalTokenProperties("a-test-secret-that-is-long-enough-for-hmac", Duration.ofSeconds(60));
    private static final BigInteger REGISTERED = BigInteger.valueOf(8_000).multiply(BigInteger.TEN.pow(18));
    private static final CheckedContainer CONTAINER = new CheckedContainer("3b2c5e1a-9f4d-4c1e-8a7b-2d6f0e9c1a55",
            "0xowner", "eu-west", "https://host", "SERVING", new RegisteredSpecs("H100_SXM", 8, 80), REGISTERED);

    private HttpServer registry;

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.stop(0);
        }
    }

    @Test
    void the_current_months_requirement_is_asked_of_the_registry_as_an_operator_service() throws IOException {
        AtomicReference<Caller> caller = new AtomicReference<>();
        URI url = serve(200, "{\"containerId\": \"" + CONTAINER.containerId()
                + "\", \"stakeRequirement\": {\"month\": \"2026-11\", \"amountWei\": \"9600000000000000000000\"}}", caller);

        BigInteger requirement = requirements(url).of(CONTAINER);

        assertThat(requirement).isEqualTo(new BigInteger("9600000000000000000000"));
        assertThat(caller.get().isOperator()).isTrue();
        assertThat(caller.get().id()).isEqualTo(RegistryStakeRequirements.CALLER_ID);
    }

    @Test
    void without_an_answer_the_requirement_announced_at_registration_stands_in() throws IOException {
        URI url = serve(404, "{\"status\": 404}", new AtomicReference<>());

        assertThat(requirements(url).of(CONTAINER)).isEqualTo(REGISTERED);
        assertThat(requirements(URI.create("http://127.0.0.1:9")).of(CONTAINER)).isEqualTo(REGISTERED);
    }

    private static RegistryStakeRequirements requirements(URI url) {
        return new RegistryStakeRequirements(url, new InternalTokenIssuer(TOKENS, Clock.systemUTC()),
                Duration.ofSeconds(2));
    }

    private URI serve(int status, String body, AtomicReference<Caller> caller) throws IOException {
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/containers/" + CONTAINER.containerId(), exchange -> {
            String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            caller.set(InternalTokenDecoder.caller(InternalTokenDecoder.create(TOKENS).decode(token)));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        registry.start();
        return URI.create("http://127.0.0.1:" + registry.getAddress().getPort());
    }
}
