package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.support.pricing.AthUsdRate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class EmissionScheduleTest {

    private static final AthUsdRate FIVE_CENTS = new AthUsdRate(new BigDecimal("0.05"), "configured",
            Instant.parse("2026-01-01T00:01:00Z"));

    @Test
    void the_ai_campaign_emits_usd_30_million_of_ath_over_24_epochs_at_the_locked_rate() {
        LockedSchedule campaign = LockedSchedule.lock(
                new EmissionSchedule("ai", StakingPool.AI, new BigDecimal("30000000"), 24, 10), FIVE_CENTS);

        assertThat(campaign.totalWei()).isEqualTo(new BigInteger("600000000").multiply(BigInteger.TEN.pow(18)));
        assertThat(campaign.emissionIn(10)).isEqualTo(new BigInteger("25000000").multiply(BigInteger.TEN.pow(18)));
        assertThat(campaign.emissionIn(9)).isZero();
        assertThat(campaign.emissionIn(34)).isZero();
    }

    @Test
    void the_last_epoch_takes_the_remainder_so_the_schedule_sums_exactly() {
        LockedSchedule odd = LockedSchedule.lock(
                new EmissionSchedule("odd", StakingPool.GAMING, new BigDecimal("1000"), 7, 3),
                new AthUsdRate(new BigDecimal("0.03"), "configured", Instant.EPOCH));

        BigInteger sum = LongStream.rangeClosed(0, 20).mapToObj(odd::emissionIn).reduce(BigInteger.ZERO,
                BigInteger::add);

        // 33,333.33... ATH = 33333333333333333333333 wei, 6 wei more than 7 equal epochs hold
        assertThat(odd.totalWei()).isEqualTo(new BigInteger("33333333333333333333333"));
        assertThat(sum).isEqualTo(odd.totalWei());
        assertThat(odd.emissionIn(8)).isEqualTo(odd.perEpochWei());
        assertThat(odd.emissionIn(9)).isEqualTo(odd.perEpochWei().add(BigInteger.valueOf(6)));
    }

    @Test
    void usd_convert_to_wei_rounded_down_so_no_more_than_the_budget_is_emitted() {
        AthUsdRate rate = new AthUsdRate(new BigDecimal("3"), "configured", Instant.EPOCH);

        assertThat(rate.toWei(BigDecimal.ONE)).isEqualTo(new BigInteger("333333333333333333"));
    }

    @Test
    void terms_compare_budgets_as_numbers() {
        EmissionSchedule configured = new EmissionSchedule("ai", StakingPool.AI, new BigDecimal("30000000"), 24, 0);

        assertThat(configured.sameTerms(new EmissionSchedule("ai", StakingPool.AI, new BigDecimal("30000000.00"), 24,
                0))).isTrue();
        assertThat(configured.sameTerms(new EmissionSchedule("ai", StakingPool.AI, new BigDecimal("30000000"), 25,
                0))).isFalse();
    }
}
