package io.athgrid.gateway.identity.apikey;

import io.athgrid.events.v1.ApiKeyIssued;
import io.athgrid.events.v1.ApiKeyRevoked;
import io.athgrid.gateway.identity.RandomAlphanumerics;
import io.athgrid.gateway.identity.apikey.ApiKeys.NewApiKey;
import io.athgrid.gateway.identity.enterprise.Enterprise;
import io.athgrid.gateway.identity.enterprise.Enterprises;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.outbox.Outbox;
import io.athgrid.support.web.ResourceNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issuing, listing and revoking an enterprise's API keys, by an operator or the enterprise itself.
 * Blocking (JPA): call it through {@code Blocking}.
 */
@Service
public class ApiKeyIssuance {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyIssuance.class);

    private final ApiKeyRepository keys;
    private final Enterprises enterprises;
    private final ApiKeyAuthenticator authenticator;
    private final RandomAlphanumerics random;
    private final Outbox outbox;
    private final Clock clock;

    ApiKeyIssuance(ApiKeyRepository keys, Enterprises enterprises, ApiKeyAuthenticator authenticator,
            RandomAlphanumerics random, Outbox outbox, Clock clock) {
        this.keys = keys;
        this.enterprises = enterprises;
        this.authenticator = authenticator;
        this.random = random;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public IssuedApiKey issue(Caller caller, UUID enterpriseId, String name) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        NewApiKey secret = ApiKeys.generate(random);
        ApiKey key = keys.save(new ApiKey(UUID.randomUUID(), enterprise.getId(), name, secret.prefix(),
                secret.hash(), clock.instant()));
        outbox.publish(new ApiKeyIssued(key.getId().toString(), enterpriseId.toString(), key.prefix(), name,
                key.createdAt()));
        log.info("API key {} ({}) issued to enterprise {} by {}", key.getId(), key.prefix(), enterpriseId,
                caller.id());
        return new IssuedApiKey(key, secret.secret());
    }

    @Transactional(readOnly = true)
    public List<ApiKey> list(Caller caller, UUID enterpriseId) {
        enterprises.find(caller, enterpriseId);
        return keys.findAllByEnterpriseIdOrderByCreatedAtAsc(enterpriseId);
    }

    /** Revokes the key; revoking a revoked key changes nothing and announces nothing. */
    @Transactional
    public void revoke(Caller caller, UUID enterpriseId, UUID keyId) {
        enterprises.find(caller, enterpriseId);
        ApiKey key = keys.findByIdAndEnterpriseId(keyId, enterpriseId)
                .orElseThrow(() -> new ResourceNotFoundException("No API key " + keyId + " for enterprise "
                        + enterpriseId));
        if (!key.revoke(clock.instant())) {
            return;
        }
        outbox.publish(new ApiKeyRevoked(keyId.toString(), enterpriseId.toString(), key.revokedAt().orElseThrow()));
        String hash = key.keyHash();
        // After the commit, or a lookup racing with it could cache the key as still active.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                authenticator.forget(hash);
            }
        });
        log.info("API key {} ({}) of enterprise {} revoked by {}", keyId, key.prefix(), enterpriseId, caller.id());
    }

    /** A key as issued: the secret is here once and nowhere else. */
    public record IssuedApiKey(ApiKey key, String secret) {

        @Override
        public String toString() {
            return "IssuedApiKey[" + key.getId() + "]";
        }
    }
}
