package io.athgrid.checker.reward;

import java.math.BigInteger;

/**
 * The emission pools for checkers ({@code athgrid.checker.rewards.*}): a daily pool of
 * {@code dailyPoolBasisPoints} of the supply spread over the emission years, and a quarterly bonus
 * pool of {@code quarterlyBonusBasisPoints} spread over their quarters. Both round down to the wei;
 * the dust stays in the emission reserve.
 *
 * @param totalSupplyWei the ATH supply the shares are of (42 B ATH)
 */
public record CheckerEmission(BigInteger totalSupplyWei, int dailyPoolBasisPoints, int quarterlyBonusBasisPoints,
        int emissionYears, int daysPerYear) {

    private static final BigInteger BASIS_POINTS = BigInteger.valueOf(10_000);
    private static final BigInteger WEI_PER_ATH = BigInteger.TEN.pow(18);

    public CheckerEmission {
        if (totalSupplyWei.signum() <= 0 || emissionYears <= 0 || daysPerYear <= 0) {
            throw new IllegalArgumentException("supply, years and days must be positive");
        }
        if (dailyPoolBasisPoints < 0 || quarterlyBonusBasisPoints < 0
                || dailyPoolBasisPoints + quarterlyBonusBasisPoints > 10_000) {
            throw new IllegalArgumentException("the pools are 0..10000 basis points of the supply together");
        }
    }

    /** The design's numbers: 10 % daily and 5 % quarterly of 42 B ATH over 4 years of 365 days. */
    public static CheckerEmission defaults() {
        return new CheckerEmission(BigInteger.valueOf(42_000_000_000L).multiply(WEI_PER_ATH), 1_000, 500, 4, 365);
    }

    /** About 2.87 M ATH a day with the defaults. */
    public BigInteger dailyPoolWei() {
        return share(dailyPoolBasisPoints).divide(BigInteger.valueOf((long) emissionYears * daysPerYear));
    }

    /** 131.25 M ATH a quarter with the defaults. */
    public BigInteger quarterlyBonusPoolWei() {
        return share(quarterlyBonusBasisPoints).divide(BigInteger.valueOf(emissionYears * 4L));
    }

    private BigInteger share(int basisPoints) {
        return totalSupplyWei.multiply(BigInteger.valueOf(basisPoints)).divide(BASIS_POINTS);
    }
}
