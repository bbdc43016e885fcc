package io.athgrid.gateway.identity.siwe;

import io.athgrid.gateway.identity.session.OperatorProperties;
import io.athgrid.gateway.identity.session.SessionTokens;
import io.athgrid.gateway.identity.session.SessionTokens.IssuedSession;
import io.athgrid.gateway.requestid.Blocking;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Signs a wallet in: the message must parse, suit this gateway ({@link SiwePolicy}), carry the
 * named address's signature, and name a nonce we issued and nobody used. The nonce is consumed
 * last, so a message that fails a check does not burn it.
 */
@Service
public class SiweLogin {

    private static final Logger log = LoggerFactory.getLogger(SiweLogin.class);

    private final SiwePolicy policy;
    private final SiweNonces nonces;
    private final SessionTokens sessions;
    private final OperatorProperties operators;
    private final Clock clock;

    SiweLogin(SiweProperties properties, SiweNonces nonces, SessionTokens sessions, OperatorProperties operators,
            Clock clock) {
        this.policy = properties.policy();
        this.nonces = nonces;
        this.sessions = sessions;
        this.operators = operators;
        this.clock = clock;
    }

    public Mono<IssuedSession> login(String text, String signature) {
        return Blocking.call(() -> {
            SiweMessage message = SiweMessageParser.parse(text);
            try {
                policy.check(message, clock.instant());
                SiweSignatures.verify(message, text, signature);
                nonces.consume(message.nonce());
            } catch (SiweRejectedException rejected) {
                log.info("Sign-in by {} rejected: {}", message.address(), rejected.getMessage());
                throw rejected;
            }
            IssuedSession session = sessions.issue(operators.callerFor(message.address()));
            log.info("Wallet {} signed in{}", session.caller().id(),
                    session.caller().isOperator() ? " as operator" : "");
            return session;
        });
    }
}
