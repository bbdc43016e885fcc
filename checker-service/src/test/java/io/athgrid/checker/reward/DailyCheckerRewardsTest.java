package io.athgrid.checker.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DailyCheckerRewardsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final BigInteger POOL = CheckerEmission.defaults().dailyPoolWei();
    private final DailyCheckerRewards rewards = new DailyCheckerRewards(POOL);

    private static BigInteger total(List<DailyReward> rewards) {
        return rewards.stream().map(DailyReward::amountWei).reduce(BigInteger.ZERO, BigInteger::add);
    }

    @Test
    void each_license_gets_its_share_of_the_days_correct_tasks_and_the_whole_pool_is_paid() {
        List<DailyReward> paid = rewards.split(DAY, Map.of(1L, 1_000L, 2L, 3_000L, 3L, 0L), Set.of());

        assertThat(paid).extracting(DailyReward::licenseId).containsExactly(1L, 2L);
        assertThat(paid.get(0).amountWei()).isEqualTo(POOL.divide(BigInteger.valueOf(4)));
        assertThat(paid.get(1).correctTasks()).isEqualTo(3_000L);
        assertThat(total(paid)).isEqualTo(POOL);
    }

    @Test
    void a_license_banned_that_day_gets_nothing_and_the_others_share_the_pool() {
        List<DailyReward> paid = rewards.split(DAY, Map.of(1L, 1_000L, 2L, 3_000L, 3L, 500L), Set.of(2L));

        assertThat(paid).extracting(DailyReward::licenseId).containsExactly(1L, 3L);
        assertThat(total(paid)).isEqualTo(POOL);
    }

    @Test
    void a_day_without_correct_tasks_pays_nobody() {
        assertThat(rewards.split(DAY, Map.of(1L, 0L), Set.of())).isEmpty();
        assertThat(rewards.split(DAY, Map.of(), Set.of())).isEmpty();
    }
}
