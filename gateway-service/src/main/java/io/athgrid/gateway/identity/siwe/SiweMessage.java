package io.athgrid.gateway.identity.siwe;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed EIP-4361 (Sign-In with Ethereum) message. Optional fields are null when absent.
 *
 * @param scheme  the optional scheme before the domain, e.g. {@code https}
 * @param domain  the RFC 3986 authority that asks for the sign-in, e.g. {@code app.athgrid.io}
 * @param address the EIP-55 checksummed account that signs
 */
public record SiweMessage(
        String scheme,
        String domain,
        String address,
        String statement,
        String uri,
        String version,
        long chainId,
        String nonce,
        Instant issuedAt,
        Instant expirationTime,
        Instant notBefore,
        String requestId,
        List<String> resources) {

    public SiweMessage {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(issuedAt, "issuedAt");
        resources = List.copyOf(resources);
    }

    public Optional<Instant> expiration() {
        return Optional.ofNullable(expirationTime);
    }

    public Optional<Instant> notBeforeTime() {
        return Optional.ofNullable(notBefore);
    }
}
