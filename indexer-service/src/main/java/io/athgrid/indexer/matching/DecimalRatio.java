package io.athgrid.indexer.matching;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code part / whole} exactly as the {@link Ranking} normalizes a price: the quotient rounded to
 * 16 significant digits, half-even ({@link MathContext#DECIMAL64}), then to the nearest
 * {@code double}; computed by long division on {@code long}s instead of {@code BigDecimal}, whose
 * conversion of a 16-digit result to {@code double} goes through its decimal string. Where the
 * last step cannot be done exactly in {@code double} arithmetic (a 16-digit mantissa at or above
 * 2^53, or a quotient below 1e-7), the {@code BigDecimal} computation itself answers.
 */
final class DecimalRatio {

    private static final int DIGITS = 16;
    private static final long TWO_TO_53 = 1L << 53;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private DecimalRatio() {
    }

    /** @param part 0..whole; @param whole positive, below 2^53 */
    static double of(long part, long whole) {
        if (part == 0) {
            return 0;
        }
        if (part == whole) {
            return 1;
        }
        // part < whole < 2^53, so a remainder times 10 stays below 2^57: no overflow.
        long remainder = part;
        int scale = 0;
        do {
            remainder *= 10;
            scale++;
        } while (remainder < whole);
        long digits = 0;
        for (int n = 0; ; n++) {
            digits = digits * 10 + remainder / whole;
            remainder %= whole;
            if (n == DIGITS - 1) {
                break;
            }
            remainder *= 10;
            scale++;
        }
        long twice = 2 * remainder;
        if (twice > whole || (twice == whole && (digits & 1) == 1)) {
            digits++;
        }
        if (digits >= TWO_TO_53 || scale >= POWERS_OF_TEN.length) {
            return Ranking.normalized(BigDecimal.valueOf(part), BigDecimal.ZERO, BigDecimal.valueOf(whole));
        }
        // Both operands exact, so the quotient is the correctly rounded double, as doubleValue() is.
        return digits / POWERS_OF_TEN[scale];
    }
}
