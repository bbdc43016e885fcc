package io.athgrid.agent.checker;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.RegistryAnswer;
import io.athgrid.protocol.check.CheckerDomain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.web3j.crypto.ECKeyPair;

/**
 * A checker wallet's session at the gateway: signs in with SIWE when it has no token or its token is
 * about to expire, and learns the EIP-712 domain reports are signed in. Shared by the client's poll
 * and probe threads.
 *
 * <p>A sign-in the gateway refuses (4xx other than 429) and a platform signing reports for another
 * chain than the checker was started for are {@link AgentException}s: the operator has to fix
 * them, trying again would not help.
 */
public final class CheckerSession {

    /** Sign in again this long before the token expires, so no call carries a token about to lapse. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    /** If the gateway does not say when the token expires, it is renewed after this long. */
    static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(10);

    private final CheckerApi api;
    private final ECKeyPair wallet;
    private final String address;
    private final long chainId;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;
    private CheckerDomain domain;
    private int signIns;

    /** @param chainId the chain the wallet signs in for, and the one the platform must sign reports on */
    public CheckerSession(CheckerApi api, ECKeyPair wallet, long chainId, Clock clock) {
        this.api = api;
        this.wallet = wallet;
        this.address = KeyFile.address(wallet);
        this.chainId = chainId;
        this.clock = clock;
    }

    /** The wallet's lower-case address. */
    public String address() {
        return address;
    }

    /** A token the gateway should accept, signing in first if needed. */
    public synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            signIn();
        }
        return token;
    }

    /** The domain check reports are signed in, as the platform named it at the last sign-in. */
    public synchronized CheckerDomain domain() {
        token();
        return domain;
    }

    /** The gateway refused {@code rejected}: the next call signs in again (unless another thread did already). */
    public synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
        }
    }

    /** How many times this session signed in. */
    public synchronized int signIns() {
        return signIns;
    }

    private void signIn() {
        RegistryAnswer nonce = api.nonce();
        requireSuccess("sign-in nonce", nonce);
        Instant now = clock.instant();
        String message = SignInMessage.text(api.platform(), address, chainId, nonce.text("nonce"), now);
        RegistryAnswer login = api.login(message, SignInMessage.sign(message, wallet));
        requireSuccess("sign-in", login);
        String newToken = login.text("token");
        if (newToken.isEmpty()) {
            throw new PlatformCallException("sign-in answered without a token", login);
        }
        RegistryAnswer domainAnswer = api.domain(newToken);
        if (!domainAnswer.isSuccess()) {
            throw new PlatformCallException("reading the report domain", domainAnswer);
        }
        CheckerDomain named = new CheckerDomain(domainAnswer.number("chainId", 0), domainAnswer.text("verifyingContract"));
        if (named.chainId() != chainId) {
            throw new AgentException("the platform signs check reports for chain " + named.chainId()
                    + ", but this checker was started for chain " + chainId + " (--chain-id)");
        }
        token = newToken;
        domain = named;
        Duration lifetime = Duration.between(now, expiry(login, now));
        // Renewed a minute early, or half-way through a shorter lifetime.
        renewAt = now.plus(lifetime).minus(min(RENEW_BEFORE_EXPIRY, lifetime.dividedBy(2)));
        signIns++;
    }

    private void requireSuccess(String call, RegistryAnswer answer) {
        if (answer.isSuccess()) {
            return;
        }
        if (answer.isTransient()) {
            throw new PlatformCallException(call, answer);
        }
        throw new AgentException("the gateway refused the sign-in of " + address + " (" + answer.detail()
                + "); is --platform the gateway's public URL, as its SIWE domain and URI name it?");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Instant expiry(RegistryAnswer login, Instant now) {
        try {
            return Instant.parse(login.text("expiresAt"));
        } catch (RuntimeException e) {
            return now.plus(ASSUMED_LIFETIME);
        }
    }
}
