package io.athgrid.scheduler.billing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.UUID;

/**
 * An order's bill: every charge and refund, and what they come to. {@code dueWei} = charged less
 * refunded = {@code protocolFeeWei} + {@code providerFeesWei}, to the wei.
 */
public record Bill(UUID orderId, BigDecimal usdPerAth, long gpuSecondsCharged, List<Charge> charges,
        List<Refund> refunds, Totals totals) {

    public record Totals(BigDecimal chargedUsd, BigDecimal refundedUsd, BigDecimal dueUsd, BigInteger chargedWei,
            BigInteger refundedWei, BigInteger dueWei, BigInteger protocolFeeWei, BigInteger providerFeesWei) {
    }

    public static Bill of(UUID orderId, BigDecimal usdPerAth, List<Charge> charges, List<Refund> refunds) {
        BigDecimal chargedUsd = charges.stream().map(Charge::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal refundedUsd = refunds.stream().map(Refund::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigInteger chargedWei = sum(charges.stream().map(c -> c.split().amountWei()).toList());
        BigInteger refundedWei = sum(refunds.stream().map(r -> r.split().amountWei()).toList());
        BigInteger protocol = sum(charges.stream().map(c -> c.split().protocolFeeWei()).toList())
                .subtract(sum(refunds.stream().map(r -> r.split().protocolFeeWei()).toList()));
        BigInteger provider = sum(charges.stream().map(c -> c.split().providerFeeWei()).toList())
                .subtract(sum(refunds.stream().map(r -> r.split().providerFeeWei()).toList()));
        long gpuSeconds = charges.stream().mapToLong(Charge::gpuSeconds).sum();
        return new Bill(orderId, usdPerAth, gpuSeconds, charges, refunds, new Totals(chargedUsd, refundedUsd,
                chargedUsd.subtract(refundedUsd), chargedWei, refundedWei, chargedWei.subtract(refundedWei), protocol,
                provider));
    }

    private static BigInteger sum(List<BigInteger> values) {
        return values.stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
}
