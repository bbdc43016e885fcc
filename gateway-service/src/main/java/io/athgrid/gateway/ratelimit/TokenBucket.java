package io.athgrid.gateway.ratelimit;

/**
 * A token bucket like the one Spring Cloud Gateway keeps in Redis: it holds up to
 * {@code capacity} tokens, starts full, gains {@code tokensPerSecond}, and each request takes one.
 * Time is passed in (nanoseconds from any fixed origin) so the rules are testable.
 */
public final class TokenBucket {

    private final long capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    public TokenBucket(long capacity, double tokensPerSecond, long nowNanos) {
        if (capacity < 1 || tokensPerSecond <= 0) {
            throw new IllegalArgumentException("a bucket needs capacity >= 1 and a positive refill rate");
        }
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.updatedAt = nowNanos;
    }

    /** Takes a token if there is one; the answer says whether it did and how many whole tokens are left. */
    public synchronized Take tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens < 1) {
            return new Take(false, 0);
        }
        tokens -= 1;
        return new Take(true, (long) Math.floor(tokens));
    }

    /** A full bucket is indistinguishable from a new one, so it may be forgotten. */
    public synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            updatedAt = nowNanos;
        }
    }

    public record Take(boolean allowed, long remaining) {
    }
}
