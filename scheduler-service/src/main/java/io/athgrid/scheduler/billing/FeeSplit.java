package io.athgrid.scheduler.billing;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An amount of ATH wei divided between the protocol and the provider. The protocol's share is
 * rounded down and the provider gets the rest, so the two always add up to the amount exactly.
 */
public record FeeSplit(BigInteger amountWei, BigInteger protocolFeeWei, BigInteger providerFeeWei) {

    private static final BigInteger BASIS_POINTS = BigInteger.valueOf(10_000);

    public FeeSplit {
        Objects.requireNonNull(amountWei, "amountWei");
        if (amountWei.signum() < 0 || protocolFeeWei.signum() < 0 || providerFeeWei.signum() < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        if (!amountWei.equals(protocolFeeWei.add(providerFeeWei))) {
            throw new IllegalArgumentException("protocol fee and provider fee must add up to the amount");
        }
    }

    public static FeeSplit of(BigInteger amountWei, int protocolFeeBasisPoints) {
        if (protocolFeeBasisPoints < 0 || protocolFeeBasisPoints > 10_000) {
            throw new IllegalArgumentException("the protocol fee must be 0 .. 10000 basis points");
        }
        BigInteger protocol = amountWei.multiply(BigInteger.valueOf(protocolFeeBasisPoints)).divide(BASIS_POINTS);
        return new FeeSplit(amountWei, protocol, amountWei.subtract(protocol));
    }

    /**
     * The share {@code part / whole} of this split, for a refund of part of a charge. Each share is
     * rounded down and capped by what it was, so a refund never gives back more than was charged.
     */
    public FeeSplit portion(long part, long whole) {
        if (whole <= 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException("a portion must be 0 .. whole of a positive whole");
        }
        if (part == whole) {
            return this;
        }
        BigInteger p = BigInteger.valueOf(part);
        BigInteger w = BigInteger.valueOf(whole);
        BigInteger amount = amountWei.multiply(p).divide(w);
        BigInteger protocol = protocolFeeWei.multiply(p).divide(w);
        BigInteger provider = amount.subtract(protocol).min(providerFeeWei);
        return new FeeSplit(protocol.add(provider), protocol, provider);
    }
}
