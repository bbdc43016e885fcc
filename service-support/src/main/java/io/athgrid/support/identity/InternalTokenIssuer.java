package io.athgrid.support.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signs internal tokens; the gateway uses it for every forwarded request, tests to call services directly. */
public final class InternalTokenIssuer {

    private final MACSigner signer;
    private final InternalTokenProperties properties;
    private final Clock clock;

    public InternalTokenIssuer(InternalTokenProperties properties, Clock clock) {
        try {
            this.signer = new MACSigner(properties.secret().getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("internal token secret is too short for HS256", e);
        }
        this.properties = properties;
        this.clock = clock;
    }

    public String issue(Caller caller, String requestId) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(InternalToken.ISSUER)
                .audience(InternalToken.AUDIENCE)
                .subject(caller.id())
                .claim(InternalToken.CLAIM_KIND, caller.kind().name())
                .claim(InternalToken.CLAIM_ROLES, List.copyOf(caller.roles()))
                .claim(InternalToken.CLAIM_REQUEST_ID, requestId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.ttl())))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign internal token", e);
        }
        return jwt.serialize();
    }
}
