package io.athgrid.gateway.identity.apikey;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * API key settings ({@code athgrid.gateway.api-keys.*}).
 *
 * @param cacheTtl how long a lookup is reused; a key revoked on another gateway instance keeps
 *                 working there for at most this long
 */
@Validated
@ConfigurationProperties("athgrid.gateway.api-keys")
public record ApiKeyProperties(@NotNull Duration cacheTtl) {
}
