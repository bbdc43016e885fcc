package io.athgrid.gateway.identity.siwe;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-In with Ethereum settings ({@code athgrid.gateway.siwe.*}).
 *
 * @param domain    the authority the messages must name, as the browser shows it (host[:port])
 * @param uri       the origin the messages must name
 * @param chainIds  accepted chains: Arbitrum Sepolia (421614) and Arbitrum One (42161) by default
 * @param nonceTtl  how long a nonce may wait for its login
 * @param clockSkew how far ahead a wallet's clock may run
 */
@Validated
@ConfigurationProperties("athgrid.gateway.siwe")
public record SiweProperties(
        @NotBlank String domain,
        @NotBlank String uri,
        @NotEmpty List<Long> chainIds,
        @NotNull Duration nonceTtl,
        @NotNull Duration clockSkew) {

    public SiwePolicy policy() {
        return new SiwePolicy(domain, uri, Set.copyOf(chainIds), nonceTtl, clockSkew);
    }
}
