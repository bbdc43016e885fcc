package io.athgrid.support.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Verifies internal tokens (signature, issuer, audience, expiry) and reads the caller out of them. */
public final class InternalTokenDecoder {

    private InternalTokenDecoder() {
    }

    public static JwtDecoder create(InternalTokenProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withSecretKey(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(InternalToken.ISSUER),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(InternalToken.AUDIENCE))));
        return decoder;
    }

    public static Caller caller(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(InternalToken.CLAIM_ROLES);
        return new Caller(jwt.getSubject(),
                CallerKind.valueOf(jwt.getClaimAsString(InternalToken.CLAIM_KIND)),
                roles == null ? Set.of() : Set.copyOf(roles));
    }
}
