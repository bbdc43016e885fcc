package io.athgrid.staking.reward;

import io.athgrid.support.pricing.AthUsdRate;

/** Where the ATH/USD rate comes from: a configured rate locally, an oracle or exchange feed in production. */
public interface PriceFeed {

    /** The rate to lock now; throws when no fresh rate is known. */
    AthUsdRate current();
}
