package io.athgrid.scheduler.provider;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/**
 * One lease of a provider's container as the provider sees it: no customer, no order.
 *
 * @param priceUsdPerGpuHour the lease's price as a decimal string, at least 2 decimals ("2.10")
 * @param gpuSeconds         GPU-seconds charged on the lease; refunds give back money, not seconds, so
 *                           they do not lower it
 * @param providerFeeWei     the provider's share of the lease's charges less the provider's share of
 *                           their refunds
 */
record ProviderLease(UUID leaseId, UUID jobId, String containerId, int gpus, String priceUsdPerGpuHour,
        Instant startedAt, Instant meteredUntil, Instant endedAt, String endReason, long gpuSeconds,
        BigInteger providerFeeWei) {

    /** "2.10" for 2.100000, "2.125" for 2.125000: what a price list shows. */
    static String price(BigDecimal usd) {
        BigDecimal stripped = usd.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
    }
}
