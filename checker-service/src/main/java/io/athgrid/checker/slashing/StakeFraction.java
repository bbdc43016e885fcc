package io.athgrid.checker.slashing;

import java.math.BigInteger;

/** A fraction of a container's stake requirement (K x SC), as numerator and denominator; amounts round down. */
public record StakeFraction(long numerator, long denominator) {

    public StakeFraction {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a stake fraction is between 0 and 1");
        }
    }

    public BigInteger of(BigInteger stakeRequirementWei) {
        return stakeRequirementWei.multiply(BigInteger.valueOf(numerator)).divide(BigInteger.valueOf(denominator));
    }
}
