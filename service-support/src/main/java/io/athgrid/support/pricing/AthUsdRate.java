package io.athgrid.support.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * An ATH/USD rate: USD per ATH, where it came from and when it was true. The platform locks one where
 * prices must not move with the market: an order is settled at the rate of its creation, an emission
 * campaign at the rate of its start.
 */
public record AthUsdRate(BigDecimal usdPerAth, String source, Instant asOf) {

    private static final BigDecimal WEI_PER_ATH = BigDecimal.TEN.pow(18);

    public AthUsdRate {
        Objects.requireNonNull(usdPerAth, "usdPerAth");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        if (usdPerAth.signum() <= 0) {
            throw new IllegalArgumentException("the ATH/USD rate must be positive");
        }
    }

    /** USD in ATH wei at this rate, rounded down: nobody is charged, nor a campaign emits, a fraction of wei too much. */
    public BigInteger toWei(BigDecimal usd) {
        if (usd.signum() < 0) {
            throw new IllegalArgumentException("a USD amount to convert must not be negative");
        }
        return usd.multiply(WEI_PER_ATH).divide(usdPerAth, 0, RoundingMode.DOWN).toBigIntegerExact();
    }
}
