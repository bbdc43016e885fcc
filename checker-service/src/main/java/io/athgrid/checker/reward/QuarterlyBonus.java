package io.athgrid.checker.reward;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits a quarter's bonus pool among the licenses whose uptime that quarter was above the limit
 * (more than 95 %, strictly), by their base reward (what the daily pools paid them that quarter),
 * exact to the wei ({@link ProRata}). A license banned at the quarter's end gets no bonus.
 */
public final class QuarterlyBonus {

    /** The design's limit: more than 95 % uptime. */
    public static final BigDecimal DEFAULT_MIN_UPTIME_PERCENT = BigDecimal.valueOf(95);

    private final BigInteger poolWei;
    private final BigDecimal minUptimePercent;

    /** @param minUptimePercent a license qualifies with uptime above this (95) */
    public QuarterlyBonus(BigInteger poolWei, BigDecimal minUptimePercent) {
        if (poolWei.signum() < 0) {
            throw new IllegalArgumentException("the pool must not be negative");
        }
        this.poolWei = poolWei;
        this.minUptimePercent = minUptimePercent;
    }

    /** The last day of the quarter {@code day} is in, as {@code CheckerRewardAccrued} names a bonus. */
    public static LocalDate quarterEnd(LocalDate day) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return start.plusMonths(3).minusDays(1);
    }

    /**
     * @param baseRewardWei per license, its daily rewards in the quarter
     * @param uptimePercent per license, the share of the quarter its checker was online; missing means 0
     */
    public List<BonusReward> split(Map<Long, BigInteger> baseRewardWei, Map<Long, BigDecimal> uptimePercent,
            Set<Long> banned) {
        SortedMap<Long, BigInteger> weights = new TreeMap<>();
        baseRewardWei.forEach((license, base) -> {
            if (uptimePercent.getOrDefault(license, BigDecimal.ZERO).compareTo(minUptimePercent) > 0
                    && !banned.contains(license) && base.signum() > 0) {
                weights.put(license, base);
            }
        });
        return ProRata.split(poolWei, weights).entrySet().stream()
                .filter(part -> part.getValue().signum() > 0)
                .map(part -> new BonusReward(part.getKey(), weights.get(part.getKey()), part.getValue()))
                .toList();
    }
}
