package io.athgrid.staking.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VestingPlanTest {

    private final VestingPlan hostPlan = new VestingPlan(List.of(new VestingPlan.Tranche(3000, Duration.ZERO),
            new VestingPlan.Tranche(3000, Duration.ofDays(90)), new VestingPlan.Tranche(4000, Duration.ofDays(180))));

    @Test
    void host_rewards_vest_30_percent_at_once_30_over_90_days_and_40_over_180_days() {
        List<VestingPlan.Part> parts = hostPlan.split(BigInteger.valueOf(1_000));

        assertThat(parts).containsExactly(new VestingPlan.Part(BigInteger.valueOf(300), Duration.ZERO),
                new VestingPlan.Part(BigInteger.valueOf(300), Duration.ofDays(90)),
                new VestingPlan.Part(BigInteger.valueOf(400), Duration.ofDays(180)));
        assertThat(parts.get(0).immediate()).isTrue();
    }

    @Test
    void the_last_tranche_takes_what_rounding_left_so_the_parts_sum_exactly() {
        List<VestingPlan.Part> parts = hostPlan.split(BigInteger.valueOf(7));

        assertThat(parts).extracting(VestingPlan.Part::amountWei)
                .containsExactly(BigInteger.TWO, BigInteger.TWO, BigInteger.valueOf(3));
    }

    @Test
    void tranches_must_share_the_whole_amount() {
        assertThatThrownBy(() -> new VestingPlan(List.of(new VestingPlan.Tranche(3000, Duration.ZERO))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
