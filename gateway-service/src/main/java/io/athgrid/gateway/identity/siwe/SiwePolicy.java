package io.athgrid.gateway.identity.siwe;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What a sign-in message must say to be accepted here: this gateway's domain and URI, a supported
 * chain, and a time window no wider than a nonce lives. The signature and the nonce are checked
 * apart ({@link SiweSignatures}, the nonce store).
 *
 * @param domain    the authority wallets show to the user, e.g. {@code app.athgrid.io}
 * @param uri       the origin the sign-in is for; the message's URI is it or a path below it
 * @param chainIds  accepted EIP-155 chain ids
 * @param nonceTtl  how long a nonce lives; a message issued earlier than that is stale
 * @param clockSkew tolerance for the wallet's clock running ahead of ours
 */
public record SiwePolicy(String domain, String uri, Set<Long> chainIds, Duration nonceTtl, Duration clockSkew) {

    public SiwePolicy {
        chainIds = Set.copyOf(chainIds);
        uri = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    public void check(SiweMessage message, Instant now) {
        if (!message.domain().equalsIgnoreCase(domain)) {
            throw new SiweRejectedException("the message is for domain " + message.domain() + ", not " + domain);
        }
        if (message.scheme() != null && !uri.toLowerCase(Locale.ROOT).startsWith(
                message.scheme().toLowerCase(Locale.ROOT) + "://")) {
            throw new SiweRejectedException("the message's scheme does not match " + uri);
        }
        if (!message.uri().equals(uri) && !message.uri().startsWith(uri + "/")) {
            throw new SiweRejectedException("the message is for URI " + message.uri() + ", not " + uri);
        }
        if (!chainIds.contains(message.chainId())) {
            throw new SiweRejectedException("chain " + message.chainId() + " is not accepted; use one of " + chainIds);
        }
        if (message.issuedAt().isAfter(now.plus(clockSkew))) {
            throw new SiweRejectedException("the message is issued in the future");
        }
        if (message.issuedAt().isBefore(now.minus(nonceTtl).minus(clockSkew))) {
            throw new SiweRejectedException("the message is older than a nonce lives; request a new nonce");
        }
        if (message.expiration().filter(expiry -> !now.isBefore(expiry)).isPresent()) {
            throw new SiweRejectedException("the message has expired");
        }
        if (message.notBeforeTime().filter(start -> now.plus(clockSkew).isBefore(start)).isPresent()) {
            throw new SiweRejectedException("the message is not valid yet");
        }
    }
}
