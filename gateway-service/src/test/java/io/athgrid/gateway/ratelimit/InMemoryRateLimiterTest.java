package io.athgrid.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.gateway.ratelimit.RateLimitProperties.Limit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

class InMemoryRateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get);

    InMemoryRateLimiterTest() {
        limiter.getConfig().put("enterprise", new Limit(1, 3));
        limiter.getConfig().put("ip", new Limit(1, 1));
    }

    @Test
    void each_key_has_its_own_bucket_with_its_tier_s_limits() {
        for (int i = 0; i < 3; i++) {
            assertThat(allowed("enterprise", "enterprise:a")).isTrue();
        }
        assertThat(allowed("enterprise", "enterprise:a")).isFalse();
        assertThat(allowed("enterprise", "enterprise:b")).isTrue();
        assertThat(allowed("ip", "ip:1.2.3.4")).isTrue();
        assertThat(allowed("ip", "ip:1.2.3.4")).isFalse();
    }

    @Test
    void answers_with_the_headers_of_spring_cloud_gateway_s_redis_limiter() {
        Response response = limiter.isAllowed("enterprise", "enterprise:a").block();

        assertThat(response.getHeaders())
                .containsEntry("X-RateLimit-Remaining", "2")
                .containsEntry("X-RateLimit-Replenish-Rate", "1")
                .containsEntry("X-RateLimit-Burst-Capacity", "3")
                .containsEntry("X-RateLimit-Requested-Tokens", "1");
    }

    @Test
    void a_refused_caller_is_let_in_again_after_the_refill() {
        allowed("ip", "ip:1.2.3.4");
        assertThat(allowed("ip", "ip:1.2.3.4")).isFalse();

        now.addAndGet(1_000_000_000L);

        assertThat(allowed("ip", "ip:1.2.3.4")).isTrue();
    }

    @Test
    void refuses_to_guess_limits_for_a_tier_it_does_not_know() {
        assertThatThrownBy(() -> limiter.isAllowed("wallet", "wallet:0xabc").block())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private boolean allowed(String tier, String key) {
        return limiter.isAllowed(tier, key).block().isAllowed();
    }
}
