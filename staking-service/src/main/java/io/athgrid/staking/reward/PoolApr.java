package io.athgrid.staking.reward;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * A pool's APR: its epoch emission annualised, over what is locked in it (both in ATH, so the wei
 * cancel), as an exact decimal fraction rounded down to {@link #SCALE} places (0.25 = 25 %).
 */
public final class PoolApr {

    public static final int SCALE = 8;

    private PoolApr() {
    }

    /** Empty when nothing is locked (no APR to speak of). */
    public static Optional<BigDecimal> of(BigInteger epochEmissionWei, BigInteger totalLockedWei, Duration epochLength,
            Duration year) {
        if (totalLockedWei.signum() <= 0) {
            return Optional.empty();
        }
        BigInteger annualised = epochEmissionWei.multiply(BigInteger.valueOf(year.toMillis()));
        BigInteger base = totalLockedWei.multiply(BigInteger.valueOf(epochLength.toMillis()));
        return Optional.of(new BigDecimal(annualised).divide(new BigDecimal(base), SCALE, RoundingMode.DOWN));
    }
}
