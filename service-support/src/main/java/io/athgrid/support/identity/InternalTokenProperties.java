package io.athgrid.support.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret shared by the gateway (which signs) and the services (which verify), HMAC-SHA256.
 *
 * @param secret at least 32 characters; every deployment sets its own
 * @param ttl    how long a forwarded request's token stays valid
 */
@Validated
@ConfigurationProperties("athgrid.identity.internal-token")
public record InternalTokenProperties(@NotNull @Size(min = 32) String secret, Duration ttl) {

    public InternalTokenProperties {
        ttl = ttl == null ? Duration.ofSeconds(60) : ttl;
    }
}
