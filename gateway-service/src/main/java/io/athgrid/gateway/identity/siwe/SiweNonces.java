package io.athgrid.gateway.identity.siwe;

import io.athgrid.gateway.identity.RandomAlphanumerics;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues sign-in nonces and lets each be used once, before it expires. Blocking (JPA). */
@Component
public class SiweNonces {

    /** About 143 bits; EIP-4361 asks for at least 8 alphanumerics. */
    static final int NONCE_LENGTH = 24;
    private static final Logger log = LoggerFactory.getLogger(SiweNonces.class);

    private final SiweNonceRepository repository;
    private final RandomAlphanumerics random;
    private final SiweProperties properties;
    private final Clock clock;

    SiweNonces(SiweNonceRepository repository, RandomAlphanumerics random, SiweProperties properties, Clock clock) {
        this.repository = repository;
        this.random = random;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public IssuedNonce issue() {
        Instant expiresAt = clock.instant().plus(properties.nonceTtl());
        SiweNonce nonce = repository.save(new SiweNonce(random.next(NONCE_LENGTH), expiresAt));
        return new IssuedNonce(nonce.nonce(), nonce.expiresAt());
    }

    /** Uses the nonce up; throws when it was never issued, has expired or was used already. */
    @Transactional
    public void consume(String nonce) {
        if (repository.consume(nonce, clock.instant()) != 1) {
            throw new SiweRejectedException("the nonce is unknown, expired or already used");
        }
    }

    @Scheduled(fixedDelayString = "${athgrid.gateway.siwe.purge-interval:PT1M}")
    @Transactional
    public void purgeExpired() {
        int purged = repository.deleteExpired(clock.instant());
        if (purged > 0) {
            log.debug("Purged {} expired sign-in nonces", purged);
        }
    }

    public record IssuedNonce(String nonce, Instant expiresAt) {
    }
}
