package io.athgrid.gateway.identity.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The wallet session token ({@code athgrid.gateway.session-token.*}), HMAC-SHA256 signed.
 *
 * @param secret at least 32 characters, and not the internal token's secret
 * @param ttl    how long a session lasts before the wallet signs in again
 */
@Validated
@ConfigurationProperties("athgrid.gateway.session-token")
public record SessionTokenProperties(@NotNull @Size(min = 32) String secret, @NotNull Duration ttl) {
}
