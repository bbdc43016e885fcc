package io.athgrid.staking.reward;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/** USD per ATH, where it came from and when it was true; locked into an emission schedule when it starts. */
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

    /** USD in ATH wei at this rate, rounded down: a campaign never emits more than its USD budget. */
    public BigInteger toWei(BigDecimal usd) {
        if (usd.signum() < 0) {
            throw new IllegalArgumentException("a USD amount to convert must not be negative");
        }
        return usd.multiply(WEI_PER_ATH).divide(usdPerAth, 0, RoundingMode.DOWN).toBigIntegerExact();
    }
}
