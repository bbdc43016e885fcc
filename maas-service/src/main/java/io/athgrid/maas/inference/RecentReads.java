package io.athgrid.maas.inference;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the proxy makes on every call, answered from memory: an entry older than {@code refreshAfter}
 * is answered as it is while it is read again in the background, and one unused for
 * {@code expireAfter} is read again before it is answered. So a busy model costs no database round
 * trip on the way to the first token, and what changed shows within about {@code refreshAfter}.
 * Absent values are not kept: something just created is seen at the next call. A zero
 * {@code refreshAfter} turns the cache off.
 */
final class RecentReads<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private final Function<K, Optional<V>> read;
    private final LoadingCache<K, V> recent;

    RecentReads(Function<K, Optional<V>> read, Duration refreshAfter, Duration expireAfter, Ticker ticker) {
        if (refreshAfter.isNegative() || expireAfter.compareTo(refreshAfter) < 0) {
            throw new IllegalArgumentException("refreshAfter must be 0 or more and at most expireAfter, not "
                    + refreshAfter + " and " + expireAfter);
        }
        this.read = read;
        this.recent = refreshAfter.isZero() ? null : Caffeine.newBuilder()
                .refreshAfterWrite(refreshAfter)
                .expireAfterWrite(expireAfter)
                .maximumSize(MAX_ENTRIES)
                .ticker(ticker)
                .build(key -> read.apply(key).orElse(null));
    }

    Optional<V> get(K key) {
        return recent == null ? read.apply(key) : Optional.ofNullable(recent.get(key));
    }
}
