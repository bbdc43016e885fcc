package io.athgrid.checker.slashing;

import static io.athgrid.checker.fixtures.Checkers.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.check.CapacityResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SlashPolicyTest {

    // K x SC = 1,000 ATH + 1 wei, so a third shows the rounding
    private static final BigInteger STAKE = new BigInteger("1000000000000000000001");
    private static final RegisteredSpecs H100S = new RegisteredSpecs("H100_SXM", 8, 80);
    private final SlashPolicy policy = SlashPolicy.defaults();

    private static CapacityResult measured(boolean qualified, String model, int count, int vram) {
        return new CapacityResult(qualified, model, count, vram, new BigDecimal("100000"));
    }

    @Test
    void offline_while_serving_or_reserved_costs_a_third_of_the_stake_requirement_rounded_down() {
        assertThat(policy.offline("SERVING", false, NOW, NOW.plusSeconds(180), STAKE))
                .contains(new Penalty.Slash(SlashReason.OFFLINE_WHILE_SERVING, new BigInteger("333333333333333333333")));
        assertThat(policy.offline("STANDBY", true, NOW, NOW.plusSeconds(180), STAKE))
                .contains(new Penalty.Slash(SlashReason.OFFLINE_WHILE_RESERVED, new BigInteger("333333333333333333333")));
    }

    @Test
    void offline_while_idle_is_not_slashed_but_earns_no_capacity_reward_for_the_time() {
        assertThat(policy.offline("STANDBY", false, NOW, NOW.plusSeconds(60), STAKE))
                .contains(new Penalty.CapacityRewardExclusion(NOW, NOW.plusSeconds(60)));
        assertThat(policy.offline("CHECKING", false, NOW, NOW.plusSeconds(60), STAKE)).isEmpty();
    }

    @Test
    void hardware_other_than_registered_is_fraud_and_costs_the_whole_stake_requirement() {
        Penalty.Slash fraud = new Penalty.Slash(SlashReason.CAPACITY_FRAUD, STAKE);

        assertThat(policy.capacity(measured(false, "A100", 8, 80), H100S, STAKE)).contains(fraud);
        assertThat(policy.capacity(measured(false, "H100_SXM", 7, 80), H100S, STAKE)).contains(fraud);
        assertThat(policy.capacity(measured(false, "H100_SXM", 8, 40), H100S, STAKE)).contains(fraud);
    }

    @Test
    void the_registered_hardware_far_below_its_promise_is_under_delivery() {
        assertThat(policy.capacity(measured(false, "H100_SXM", 8, 79), H100S, STAKE))
                .contains(new Penalty.Slash(SlashReason.UNDER_DELIVERY, STAKE));
        assertThat(policy.capacity(measured(true, "H100_SXM", 8, 79), H100S, STAKE)).isEmpty();
    }

    @Test
    void fractions_are_configurable() {
        SlashPolicy gentle = new SlashPolicy(new StakeFraction(1, 10), new StakeFraction(1, 2), new StakeFraction(1, 4));

        assertThat(gentle.amount(SlashReason.OFFLINE_WHILE_SERVING, BigInteger.valueOf(100))).isEqualTo(10);
        assertThat(gentle.amount(SlashReason.CAPACITY_FRAUD, BigInteger.valueOf(100))).isEqualTo(50);
        assertThat(gentle.amount(SlashReason.UNDER_DELIVERY, BigInteger.valueOf(100))).isEqualTo(25);
    }
}
