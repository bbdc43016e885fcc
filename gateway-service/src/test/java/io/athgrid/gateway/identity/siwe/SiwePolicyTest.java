package io.athgrid.gateway.identity.siwe;

import static io.athgrid.gateway.identity.siwe.SiweFixture.message;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiwePolicyTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:01:00Z");
    private final SiwePolicy policy = new SiwePolicy("localhost:8080", "http://localhost:8080/",
            Set.of(421614L, 42161L), Duration.ofMinutes(5), Duration.ofSeconds(60));

    @Test
    void accepts_a_message_for_this_gateway_within_its_time_window() {
        assertThatCode(() -> check(message())).doesNotThrowAnyException();
    }

    @Test
    void accepts_a_uri_below_the_configured_origin_and_a_matching_scheme() {
        SiweFixture fixture = message();
        fixture.uri = "http://localhost:8080/dashboard/";
        fixture.scheme = "http";

        assertThatCode(() -> check(fixture)).doesNotThrowAnyException();
    }

    @Test
    void refuses_another_domain() {
        assertRejected(message().domain("evil.example"), "domain");
    }

    @Test
    void refuses_another_uri() {
        SiweFixture fixture = message();
        fixture.uri = "http://localhost:8080.evil.example/";

        assertRejected(fixture, "URI");
    }

    @Test
    void refuses_a_scheme_other_than_the_uri_s() {
        SiweFixture fixture = message();
        fixture.scheme = "https";

        assertRejected(fixture, "scheme");
    }

    @Test
    void refuses_a_chain_that_is_not_accepted() {
        assertRejected(message().chainId(1), "chain 1");
    }

    @Test
    void refuses_a_message_issued_in_the_future_beyond_the_clock_skew() {
        assertThatCode(() -> check(message().issuedAt(NOW.plusSeconds(59)))).doesNotThrowAnyException();
        assertRejected(message().issuedAt(NOW.plusSeconds(61)), "future");
    }

    @Test
    void refuses_a_message_older_than_a_nonce_lives() {
        assertRejected(message().issuedAt(NOW.minus(Duration.ofMinutes(7))), "older");
    }

    @Test
    void refuses_an_expired_message() {
        assertRejected(message().expirationTime(NOW), "expired");
        assertThatCode(() -> check(message().expirationTime(NOW.plusSeconds(1)))).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_message_not_valid_yet() {
        SiweFixture fixture = message();
        fixture.notBefore = NOW.plus(Duration.ofMinutes(2));

        assertRejected(fixture, "not valid yet");
    }

    private void check(SiweFixture fixture) {
        policy.check(SiweMessageParser.parse(fixture.text()), NOW);
    }

    private void assertRejected(SiweFixture fixture, String reason) {
        assertThatThrownBy(() -> check(fixture))
                .isInstanceOf(SiweRejectedException.class)
                .hasMessageContaining(reason);
    }
}
