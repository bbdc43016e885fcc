package io.athgrid.staking.slash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SlashPlanTest {

    private static final BigInteger ORDERED = BigInteger.valueOf(500);

    @Test
    void the_ordered_amount_is_slashed_from_a_bond_that_holds_it() {
        SlashPlan plan = SlashPlan.of(ORDERED, BigInteger.valueOf(2_000));

        assertThat(plan.sends()).isTrue();
        assertThat(plan.amountWei()).isEqualTo(ORDERED);
        assertThat(plan.note()).isNull();
    }

    @Test
    void a_bond_smaller_than_the_order_is_slashed_whole_rather_than_reverting() {
        SlashPlan plan = SlashPlan.of(ORDERED, BigInteger.valueOf(120));

        assertThat(plan.amountWei()).isEqualTo(120);
        assertThat(plan.note()).contains("120").contains("500");
    }

    @Test
    void without_a_bond_nothing_is_sent() {
        SlashPlan plan = SlashPlan.of(ORDERED, BigInteger.ZERO);

        assertThat(plan.sends()).isFalse();
        assertThat(plan.note()).contains("no bond");
    }

    @Test
    void an_order_is_for_more_than_nothing() {
        assertThatThrownBy(() -> SlashPlan.of(BigInteger.ZERO, BigInteger.TEN)).isInstanceOf(IllegalArgumentException.class);
    }
}
