package io.athgrid.indexer.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices as whole nano-USD in a {@code long}, so matching compares and normalizes them without
 * {@link BigDecimal} arithmetic. The conversion is exact or refused: a price with more than nine
 * decimals or beyond {@link #LIMIT} is {@link #INEXACT}, and the matcher then answers from the full
 * scan. The limit keeps every difference of two prices exact in a {@code double} (below 2^53).
 */
public final class PriceNanos {

    public static final long INEXACT = Long.MIN_VALUE;
    static final long LIMIT = 1L << 52;
    private static final int SCALE = 9;

    private PriceNanos() {
    }

    /** The price in nano-USD, or {@link #INEXACT}. */
    public static long of(BigDecimal price) {
        if (price.scale() > SCALE && price.stripTrailingZeros().scale() > SCALE) {
            return INEXACT;
        }
        BigDecimal nanos = price.movePointRight(SCALE);
        if (nanos.abs().compareTo(BigDecimal.valueOf(LIMIT)) > 0) {
            return INEXACT;
        }
        return nanos.longValueExact();
    }

    /**
     * The largest whole nano-USD amount not above {@code limit}: a price of whole nanos is within
     * the limit exactly when its nanos are at most this.
     */
    public static long ceiling(BigDecimal limit) {
        BigDecimal floor = limit.movePointRight(SCALE).setScale(0, RoundingMode.FLOOR);
        if (floor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        if (floor.compareTo(BigDecimal.valueOf(Long.MIN_VALUE + 1)) < 0) {
            return Long.MIN_VALUE + 1;
        }
        return floor.longValueExact();
    }
}
