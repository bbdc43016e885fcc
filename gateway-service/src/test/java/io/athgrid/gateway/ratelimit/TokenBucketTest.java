package io.athgrid.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void starts_full_and_allows_a_burst_of_its_capacity() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);

        assertThat(bucket.tryTake(0)).isEqualTo(new TokenBucket.Take(true, 2));
        assertThat(bucket.tryTake(0)).isEqualTo(new TokenBucket.Take(true, 1));
        assertThat(bucket.tryTake(0)).isEqualTo(new TokenBucket.Take(true, 0));
        assertThat(bucket.tryTake(0)).isEqualTo(new TokenBucket.Take(false, 0));
    }

    @Test
    void refills_at_its_rate() {
        TokenBucket bucket = new TokenBucket(2, 2, 0);
        bucket.tryTake(0);
        bucket.tryTake(0);

        assertThat(bucket.tryTake(SECOND / 4).allowed()).isFalse();
        assertThat(bucket.tryTake(SECOND / 2).allowed()).isTrue();
        assertThat(bucket.tryTake(SECOND / 2).allowed()).isFalse();
    }

    @Test
    void never_holds_more_than_its_capacity() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);

        assertThat(bucket.tryTake(3600 * SECOND).remaining()).isEqualTo(1);
        assertThat(bucket.tryTake(3600 * SECOND).allowed()).isTrue();
        assertThat(bucket.tryTake(3600 * SECOND).allowed()).isFalse();
    }

    @Test
    void is_full_again_after_a_quiet_spell() {
        TokenBucket bucket = new TokenBucket(4, 2, 0);
        bucket.tryTake(0);

        assertThat(bucket.isFull(SECOND / 4)).isFalse();
        assertThat(bucket.isFull(SECOND / 2)).isTrue();
    }

    @Test
    void time_going_backwards_adds_nothing() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        bucket.tryTake(10 * SECOND);

        assertThat(bucket.tryTake(5 * SECOND).allowed()).isFalse();
    }

    @Test
    void needs_a_capacity_and_a_rate() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
