package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/**
 * Part or all of a charge given back for downtime. The protocol keeps no fee on it: both the
 * provider's share and the protocol fee of the refunded part are reversed ({@code amountWei} is their sum).
 */
public record RefundIssued(
        String refundId,
        String chargeId,
        String jobId,
        String orderId,
        String enterpriseId,
        String containerId,
        String owner,
        Instant periodStart,
        Instant periodEnd,
        BigDecimal amountUsd,
        BigInteger amountWei,
        BigInteger protocolFeeWei,
        BigInteger providerFeeWei,
        String reason,
        Instant issuedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return jobId;
    }
}
