package io.athgrid.staking.reward;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.staking.ledger.DailyAccrual;
import io.athgrid.staking.ledger.RewardKind;
import io.athgrid.staking.reward.DailyRewardsView.DayRewards;
import io.athgrid.staking.reward.DailyRewardsView.KindAmount;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyRewardsViewTest {

    private static final String ACCOUNT = "0x00000000000000000000000000000000000000a1";
    private static final DailyWindow WINDOW = DailyWindow.endingOn(LocalDate.parse("2026-11-25"), "30");

    @Test
    void days_oldest_first_with_their_totals_and_kinds_in_reward_kind_order() {
        DailyRewardsView view = DailyRewardsView.of(ACCOUNT, WINDOW, List.of(
                accrual("2026-11-25", RewardKind.PROVIDER_FEE, "7"),
                accrual("2026-11-20", RewardKind.PROOF_OF_DELIVERY, "5"),
                accrual("2026-11-20", RewardKind.CHECKER, "1"),
                // Beyond a long: sums stay exact.
                accrual("2026-11-20", RewardKind.PROOF_OF_CAPACITY, "9223372036854775808000")));

        assertThat(view.account()).isEqualTo(ACCOUNT);
        assertThat(view.from()).isEqualTo(LocalDate.parse("2026-10-27"));
        assertThat(view.to()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(view.days()).containsExactly(
                new DayRewards(LocalDate.parse("2026-11-20"), "9223372036854775808006", List.of(
                        new KindAmount("PROOF_OF_CAPACITY", "9223372036854775808000"),
                        new KindAmount("PROOF_OF_DELIVERY", "5"),
                        new KindAmount("CHECKER", "1"))),
                new DayRewards(LocalDate.parse("2026-11-25"), "7", List.of(new KindAmount("PROVIDER_FEE", "7"))));
    }

    @Test
    void rows_of_the_same_day_and_kind_add_up_and_days_outside_the_window_are_left_out() {
        DailyRewardsView view = DailyRewardsView.of(ACCOUNT, WINDOW, List.of(
                accrual("2026-10-26", RewardKind.STAKER, "1000"),
                accrual("2026-10-27", RewardKind.STAKER, "2"),
                accrual("2026-10-27", RewardKind.STAKER, "3"),
                accrual("2026-11-26", RewardKind.STAKER, "1000")));

        assertThat(view.days()).containsExactly(
                new DayRewards(LocalDate.parse("2026-10-27"), "5", List.of(new KindAmount("STAKER", "5"))));
    }

    @Test
    void no_accruals_no_days() {
        assertThat(DailyRewardsView.of(ACCOUNT, WINDOW, List.of()).days()).isEmpty();
    }

    private static DailyAccrual accrual(String day, RewardKind kind, String wei) {
        return new DailyAccrual(LocalDate.parse(day), kind, new BigInteger(wei));
    }
}
