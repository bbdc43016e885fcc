package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A charge for a lease's usage: on-demand per metering period in arrears, reserved per 24 h
 * period in advance. {@code amountWei} = {@code protocolFeeWei} + {@code providerFeeWei} exactly.
 */
public record UsageMetered(
        String chargeId,
        String jobId,
        String orderId,
        String enterpriseId,
        String kind,
        String containerId,
        String owner,
        Instant periodStart,
        Instant periodEnd,
        long gpuSeconds,
        BigDecimal amountUsd,
        BigInteger amountWei,
        BigInteger protocolFeeWei,
        BigInteger providerFeeWei,
        Instant meteredAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return jobId;
    }
}
