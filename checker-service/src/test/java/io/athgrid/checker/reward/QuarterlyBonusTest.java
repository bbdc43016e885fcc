package io.athgrid.checker.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuarterlyBonusTest {

    private static final BigInteger POOL = CheckerEmission.defaults().quarterlyBonusPoolWei();
    private final QuarterlyBonus bonus = new QuarterlyBonus(POOL, new BigDecimal("95"));

    private static BigInteger wei(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void licenses_above_95_percent_uptime_share_the_pool_by_base_reward() {
        List<BonusReward> paid = bonus.split(Map.of(1L, wei(100), 2L, wei(300), 3L, wei(500)),
                Map.of(1L, new BigDecimal("99.5"), 2L, new BigDecimal("95.01"), 3L, new BigDecimal("95")), Set.of());

        assertThat(paid).extracting(BonusReward::licenseId).containsExactly(1L, 2L);
        assertThat(paid.get(0).amountWei()).isEqualTo(POOL.divide(wei(4)));
        assertThat(paid.get(1).amountWei()).isEqualTo(POOL.multiply(wei(3)).divide(wei(4)));
    }

    @Test
    void banned_licenses_and_licenses_without_uptime_get_no_bonus() {
        List<BonusReward> paid = bonus.split(Map.of(1L, wei(100), 2L, wei(300), 3L, wei(500)),
                Map.of(1L, new BigDecimal("99"), 2L, new BigDecimal("99")), Set.of(2L));

        assertThat(paid).extracting(BonusReward::licenseId).containsExactly(1L);
        assertThat(paid.get(0).amountWei()).isEqualTo(POOL);
    }

    @Test
    void a_bonus_is_dated_on_the_last_day_of_its_quarter() {
        assertThat(QuarterlyBonus.quarterEnd(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(QuarterlyBonus.quarterEnd(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(QuarterlyBonus.quarterEnd(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 6, 30));
    }
}
