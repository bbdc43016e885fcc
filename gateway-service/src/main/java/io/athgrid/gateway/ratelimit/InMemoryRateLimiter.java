package io.athgrid.gateway.ratelimit;

import io.athgrid.gateway.ratelimit.RateLimitProperties.Limit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this process's memory: the fallback when there is no Redis. Limits are then
 * per gateway instance. Answers with the same headers as Spring Cloud Gateway's Redis limiter.
 * Settings are kept per tier id ({@link RateLimitTier#id()}), passed as the "route id".
 */
public class InMemoryRateLimiter implements RateLimiter<Limit> {

    /** Beyond this many buckets, full ones (which hold no state worth keeping) are dropped. */
    static final int SWEEP_ABOVE = 100_000;

    private final Map<String, Limit> limits = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public InMemoryRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Response> isAllowed(String tierId, String key) {
        Limit limit = limits.get(tierId);
        if (limit == null) {
            return Mono.error(new IllegalArgumentException("no rate limit configured for " + tierId));
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        TokenBucket bucket = buckets.computeIfAbsent(tierId + "|" + key,
                ignored -> new TokenBucket(limit.burstCapacity(), limit.replenishRate(), now));
        TokenBucket.Take take = bucket.tryTake(now);
        return Mono.just(new Response(take.allowed(), headers(limit, take.remaining())));
    }

    private static Map<String, String> headers(Limit limit, long remaining) {
        Map<String, String> headers = new HashMap<>();
        headers.put(RedisRateLimiter.REMAINING_HEADER, Long.toString(remaining));
        headers.put(RedisRateLimiter.REPLENISH_RATE_HEADER, Integer.toString(limit.replenishRate()));
        headers.put(RedisRateLimiter.BURST_CAPACITY_HEADER, Long.toString(limit.burstCapacity()));
        headers.put(RedisRateLimiter.REQUESTED_TOKENS_HEADER, "1");
        return headers;
    }

    @Override
    public Map<String, Limit> getConfig() {
        return limits;
    }

    @Override
    public Class<Limit> getConfigClass() {
        return Limit.class;
    }

    @Override
    public Limit newConfig() {
        throw new UnsupportedOperationException("limits are set per tier from RateLimitProperties");
    }
}
