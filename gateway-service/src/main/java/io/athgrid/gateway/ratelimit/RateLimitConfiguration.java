package io.athgrid.gateway.ratelimit;

import io.athgrid.gateway.problem.ProblemWriter;
import io.athgrid.gateway.ratelimit.RateLimitProperties.Backend;
import io.athgrid.gateway.ratelimit.RateLimitProperties.Limit;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Wires the rate limiting: which backend holds the buckets, the key resolver, the filter factory
 * behind {@code RequestRateLimiter} on every route, and the same limiter for the identity API.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);

    @Bean
    CallerRateLimiter callerRateLimiter(RateLimitProperties properties,
            ObjectProvider<ReactiveStringRedisTemplate> redis,
            @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) ObjectProvider<RedisScript<List<Long>>> script,
            ObjectProvider<ConfigurationService> configurationService,
            ObjectProvider<DataRedisProperties> redisProperties) {
        Backend backend = properties.backend();
        if (backend == Backend.AUTO) {
            backend = answers(redis.getIfAvailable()) ? Backend.REDIS : Backend.IN_MEMORY;
            if (backend == Backend.IN_MEMORY) {
                log.warn("Redis was not found at {}: rate limits are kept in memory and apply per gateway "
                        + "instance. Run Redis (or set athgrid.gateway.rate-limit.backend=redis) to share "
                        + "them across instances.", where(redisProperties.getIfAvailable()));
            }
        }
        if (backend == Backend.REDIS) {
            RedisRateLimiter limiter = new RedisRateLimiter(redis.getObject(), script.getObject(),
                    configurationService.getObject());
            for (RateLimitTier tier : RateLimitTier.values()) {
                Limit limit = properties.limitFor(tier);
                limiter.getConfig().put(tier.id(), new RedisRateLimiter.Config()
                        .setReplenishRate(limit.replenishRate())
                        .setBurstCapacity(limit.burstCapacity()));
            }
            log.info("Rate limits are kept in Redis at {}", where(redisProperties.getIfAvailable()));
            return new CallerRateLimiter(limiter, "redis");
        }
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(System::nanoTime);
        for (RateLimitTier tier : RateLimitTier.values()) {
            limiter.getConfig().put(tier.id(), properties.limitFor(tier));
        }
        return new CallerRateLimiter(limiter, "in-memory");
    }

    @Bean
    CallerKeyResolver callerKeyResolver() {
        return new CallerKeyResolver();
    }

    @Bean
    ProblemRequestRateLimiterGatewayFilterFactory problemRequestRateLimiterGatewayFilterFactory(
            CallerRateLimiter limiter, CallerKeyResolver keyResolver, ProblemWriter problems) {
        return new ProblemRequestRateLimiterGatewayFilterFactory(limiter, keyResolver, problems);
    }

    @Bean
    IdentityApiRateLimitFilter identityApiRateLimitFilter(ProblemRequestRateLimiterGatewayFilterFactory factory) {
        return new IdentityApiRateLimitFilter(factory);
    }

    private static boolean answers(ReactiveStringRedisTemplate redis) {
        if (redis == null) {
            return false;
        }
        try {
            String pong = redis.execute(connection -> connection.ping()).next().block(PING_TIMEOUT);
            return "PONG".equalsIgnoreCase(pong);
        } catch (RuntimeException unreachable) {
            log.debug("Redis ping failed", unreachable);
            return false;
        }
    }

    private static String where(DataRedisProperties redis) {
        if (redis == null) {
            return "(no Redis configured)";
        }
        if (redis.getUrl() != null) {
            // Only host and port: the URL may hold a password.
            URI url = URI.create(redis.getUrl());
            return url.getHost() + ":" + url.getPort();
        }
        return redis.getHost() + ":" + redis.getPort();
    }
}
