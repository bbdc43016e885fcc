package io.athgrid.scheduler.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What GPU time costs in USD: GPU-seconds at a price per GPU-hour, to the hundred-millionth of a dollar. */
public final class UsagePrice {

    public static final int USD_SCALE = 8;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600);

    private UsagePrice() {
    }

    /** Rounded down: a customer pays for no more than the GPU time used. */
    public static BigDecimal usd(long gpuSeconds, BigDecimal priceUsdPerGpuHour) {
        if (gpuSeconds < 0) {
            throw new IllegalArgumentException("GPU-seconds must not be negative");
        }
        return priceUsdPerGpuHour.multiply(BigDecimal.valueOf(gpuSeconds))
                .divide(SECONDS_PER_HOUR, USD_SCALE, RoundingMode.DOWN);
    }

    /** The share {@code part / whole} of a USD amount, rounded down like the wei of the same refund. */
    public static BigDecimal portion(BigDecimal usd, long part, long whole) {
        return usd.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), USD_SCALE, RoundingMode.DOWN);
    }
}
