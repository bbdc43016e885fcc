package io.athgrid.checker.reward;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits one UTC day's checker pool by each license's share of that day's correct tasks (reports
 * in a verdict's majority), exact to the wei ({@link ProRata}). A license banned during the day gets
 * nothing and its tasks leave the count, so the others share the whole pool. A day without correct
 * tasks pays nobody; its pool stays in the emission reserve.
 */
public final class DailyCheckerRewards {

    private final BigInteger poolWei;

    public DailyCheckerRewards(BigInteger poolWei) {
        if (poolWei.signum() < 0) {
            throw new IllegalArgumentException("the pool must not be negative");
        }
        this.poolWei = poolWei;
    }

    /**
     * @param correctTasks per license, its correct tasks on {@code day}
     * @param banned       licenses banned at any time on {@code day}
     * @return one reward per license with a positive amount, by license id
     */
    public List<DailyReward> split(LocalDate day, Map<Long, Long> correctTasks, Set<Long> banned) {
        SortedMap<Long, BigInteger> weights = new TreeMap<>();
        correctTasks.forEach((license, tasks) -> {
            if (tasks < 0) {
                throw new IllegalArgumentException("task counts must not be negative");
            }
            if (tasks > 0 && !banned.contains(license)) {
                weights.put(license, BigInteger.valueOf(tasks));
            }
        });
        return ProRata.split(poolWei, weights).entrySet().stream()
                .filter(part -> part.getValue().signum() > 0)
                .map(part -> new DailyReward(part.getKey(), day, correctTasks.get(part.getKey()), part.getValue()))
                .toList();
    }
}
