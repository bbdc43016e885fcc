package io.athgrid.staking.claim;

/**
 * How a claim is released: all of it linearly over 180 days, or a quarter of it over 30 days with
 * the other three quarters returned to the pools they came from.
 */
public enum ClaimOption {
    VEST_180_DAYS,
    QUICK_30_DAYS
}
