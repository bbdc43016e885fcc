package io.athgrid.gateway.identity.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.gateway.identity.session.SessionTokens.IssuedSession;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;

class SessionTokensTest {

    private static final String SECRET = "session-secret-for-tests-0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final SessionTokens sessions = sessions(Clock.fixed(NOW, ZoneOffset.UTC), SECRET);

    @Test
    void a_session_speaks_for_the_lower_case_wallet_with_its_roles() {
        IssuedSession issued = sessions.issue(Caller.operator("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));

        Caller caller = SessionTokens.caller(sessions.decoder().decode(issued.token()).block());

        assertThat(caller.id()).isEqualTo("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        assertThat(caller.kind()).isEqualTo(CallerKind.WALLET);
        assertThat(caller.isOperator()).isTrue();
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void an_expired_session_is_refused() {
        String token = sessions.issue(Caller.wallet("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")).token();
        SessionTokens later = sessions(Clock.fixed(NOW.plus(Duration.ofMinutes(17)), ZoneOffset.UTC), SECRET);

        assertThatThrownBy(() -> later.decoder().decode(token).block()).isInstanceOf(JwtException.class);
    }

    @Test
    void a_token_signed_with_another_secret_is_refused() {
        String forged = sessions(Clock.fixed(NOW, ZoneOffset.UTC), "another-secret-0123456789abcdefghijkl")
                .issue(Caller.operator("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")).token();

        assertThatThrownBy(() -> sessions.decoder().decode(forged).block()).isInstanceOf(JwtException.class);
    }

    @Test
    void an_internal_token_is_no_session_even_with_the_same_secret() {
        String internal = new InternalTokenIssuer(new InternalTokenProperties(SECRET, Duration.ofMinutes(1)),
                Clock.fixed(NOW, ZoneOffset.UTC)).issue(Caller.wallet("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), "r1");

        assertThatThrownBy(() -> sessions.decoder().decode(internal).block())
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void enterprises_hold_no_sessions() {
        assertThatThrownBy(() -> sessions.issue(Caller.enterprise("acme")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SessionTokens sessions(Clock clock, String secret) {
        return new SessionTokens(new SessionTokenProperties(secret, Duration.ofMinutes(15)), clock);
    }
}
