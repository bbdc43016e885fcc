package io.athgrid.scheduler.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * The ATH/USD rate an order is settled at: USD per ATH, where it came from and when it was true.
 * Locked when the order is created, so a customer's bill does not move with the market.
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

    /** USD in ATH wei at this rate, rounded down: the customer is never charged a fraction of wei too much. */
    public BigInteger toWei(BigDecimal usd) {
        if (usd.signum() < 0) {
            throw new IllegalArgumentException("a USD amount to convert must not be negative");
        }
        return usd.multiply(WEI_PER_ATH).divide(usdPerAth, 0, RoundingMode.DOWN).toBigIntegerExact();
    }
}
