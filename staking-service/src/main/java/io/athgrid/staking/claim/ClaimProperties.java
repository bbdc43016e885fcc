package io.athgrid.staking.claim;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code athgrid.staking.claims.*}, with the design's values as defaults.
 *
 * @param minimumVath             the smallest claim, in vATH (30)
 * @param vestingDuration         how long a VEST_180_DAYS claim is released over (180 days)
 * @param quickDuration           how long a QUICK_30_DAYS claim is released over (30 days)
 * @param quickPayableBasisPoints the share of a quick claim paid out (2500 = 25 %); the rest returns to the pools
 */
@ConfigurationProperties("athgrid.staking.claims")
public record ClaimProperties(
        @DefaultValue("30") BigDecimal minimumVath,
        @DefaultValue("180d") Duration vestingDuration,
        @DefaultValue("30d") Duration quickDuration,
        @DefaultValue("2500") int quickPayableBasisPoints) {

    public ClaimTerms terms() {
        return new ClaimTerms(minimumVath.movePointRight(18).toBigIntegerExact(), vestingDuration, quickDuration,
                quickPayableBasisPoints);
    }
}
