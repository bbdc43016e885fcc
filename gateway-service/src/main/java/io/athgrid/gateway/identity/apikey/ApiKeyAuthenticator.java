package io.athgrid.gateway.identity.apikey;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.athgrid.support.identity.Caller;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Tells which enterprise a presented API key belongs to. Lookups are by hash and cached briefly
 * (misses too, so a flood of bad keys does not reach the database): a cached answer comes without
 * leaving the event loop, a database lookup runs on the blocking scheduler. A revoke here evicts
 * at once, even a lookup still in flight.
 */
@Component
public class ApiKeyAuthenticator {

    private static final int MAX_CACHED_KEYS = 10_000;

    private final AsyncLoadingCache<String, Optional<Caller>> byHash;

    ApiKeyAuthenticator(ApiKeyRepository keys, ApiKeyProperties properties) {
        this.byHash = Caffeine.newBuilder()
                .expireAfterWrite(properties.cacheTtl())
                .maximumSize(MAX_CACHED_KEYS)
                .executor(task -> Schedulers.boundedElastic().schedule(task))
                .buildAsync(hash -> keys.findByKeyHash(hash)
                        .filter(ApiKey::isActive)
                        .map(key -> Caller.enterprise(key.enterpriseId().toString())));
    }

    /** The enterprise the key speaks for; empty when the key is malformed, unknown or revoked. */
    public Mono<Caller> authenticate(String presentedKey) {
        if (!ApiKeys.isWellFormed(presentedKey)) {
            return Mono.empty();
        }
        return Mono.fromFuture(() -> byHash.get(ApiKeys.hash(presentedKey))).flatMap(Mono::justOrEmpty);
    }

    void forget(String keyHash) {
        byHash.synchronous().invalidate(keyHash);
    }
}
