package io.athgrid.support.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class InternalTokenDecoderTest {

    private final InternalTokenProperties properties =
            new InternalTokenProperties("the-shared-internal-secret-of-32-chars!", Duration.ofSeconds(60));
    private final JwtDecoder decoder = InternalTokenDecoder.create(properties);

    @Test
    void a_token_the_gateway_issued_yields_the_same_caller() {
        Caller operator = Caller.operator("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

        String token = new InternalTokenIssuer(properties, Clock.systemUTC()).issue(operator, "req-1");

        Caller decoded = InternalTokenDecoder.caller(decoder.decode(token));
        assertThat(decoded).isEqualTo(operator);
        assertThat(decoded.id()).isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        assertThat(decoded.isOperator()).isTrue();
    }

    @Test
    void a_token_signed_with_another_secret_is_rejected() {
        InternalTokenProperties other = new InternalTokenProperties("another-secret-that-is-long-enough-too", null);

        String forged = new InternalTokenIssuer(other, Clock.systemUTC()).issue(Caller.enterprise("e1"), "r");

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
    }

    @Test
    void an_expired_token_is_rejected() {
        Clock tenMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC);

        String stale = new InternalTokenIssuer(properties, tenMinutesAgo).issue(Caller.enterprise("e1"), "r");

        assertThatThrownBy(() -> decoder.decode(stale)).isInstanceOf(JwtException.class);
    }

    @Test
    void enterprises_and_wallets_reach_only_their_own_resources_and_operators_reach_all() {
        Caller enterprise = Caller.enterprise("ent-a");
        Caller wallet = new Caller("0xABC", CallerKind.WALLET, Set.of());

        assertThat(enterprise.mayActFor("ent-a")).isTrue();
        assertThat(enterprise.mayActFor("ent-b")).isFalse();
        assertThat(wallet.mayActFor("0xabc")).isTrue();
        assertThat(wallet.mayActFor("0xdef")).isFalse();
        assertThat(Caller.operator("0x1").mayActFor("ent-b")).isTrue();
    }
}
