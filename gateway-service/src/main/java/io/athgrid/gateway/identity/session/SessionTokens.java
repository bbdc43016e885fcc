package io.athgrid.gateway.identity.session;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Wallet sessions: a short-lived HS256 JWT the gateway issues after a verified sign-in and accepts
 * as {@code Authorization: Bearer}. Its audience differs from the internal token's, so neither can
 * stand in for the other even if the secrets were mixed up.
 */
public class SessionTokens {

    public static final String ISSUER = "athgrid-gateway";
    public static final String AUDIENCE = "athgrid-session";
    public static final String CLAIM_ROLES = "roles";

    private final SecretKey key;
    private final SessionTokenProperties properties;
    private final Clock clock;
    private final NimbusJwtEncoder encoder;

    public SessionTokens(SessionTokenProperties properties, Clock clock) {
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.properties = properties;
        this.clock = clock;
        this.encoder = NimbusJwtEncoder.withSecretKey(key).build();
    }

    public IssuedSession issue(Caller wallet) {
        if (wallet.kind() != CallerKind.WALLET) {
            throw new IllegalArgumentException("only wallets hold sessions");
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.ttl());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(wallet.id())
                .claim(CLAIM_ROLES, List.copyOf(wallet.roles()))
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedSession(token, expiresAt, wallet);
    }

    /** Checks signature, issuer, audience and expiry; Spring Security's resource server calls it. */
    public ReactiveJwtDecoder decoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(ISSUER),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(AUDIENCE)),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, expiry -> expiry != null));
        decoder.setJwtValidator(validator);
        return decoder;
    }

    /** The wallet a verified session token speaks for. */
    public static Caller caller(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(CLAIM_ROLES);
        return new Caller(jwt.getSubject(), CallerKind.WALLET, roles == null ? Set.of() : Set.copyOf(roles));
    }

    public record IssuedSession(String token, Instant expiresAt, Caller caller) {
    }
}
