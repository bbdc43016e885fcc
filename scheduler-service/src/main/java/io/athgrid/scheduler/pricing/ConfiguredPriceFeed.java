package io.athgrid.scheduler.pricing;

import io.athgrid.support.pricing.AthUsdRate;
import java.math.BigDecimal;
import java.time.Clock;

/** A fixed rate from configuration ({@code athgrid.scheduler.price-feed.usd-per-ath}), for local runs and tests. */
public final class ConfiguredPriceFeed implements PriceFeed {

    private final BigDecimal usdPerAth;
    private final Clock clock;

    public ConfiguredPriceFeed(BigDecimal usdPerAth, Clock clock) {
        if (usdPerAth == null || usdPerAth.signum() <= 0) {
            throw new IllegalArgumentException("athgrid.scheduler.price-feed.usd-per-ath must be positive");
        }
        this.usdPerAth = usdPerAth;
        this.clock = clock;
    }

    @Override
    public AthUsdRate current() {
        return new AthUsdRate(usdPerAth, "configured", clock.instant());
    }
}
