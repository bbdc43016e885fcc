package io.athgrid.registry.bond;

import static io.athgrid.registry.lifecycle.ContainerStatus.CHECKING;
import static io.athgrid.registry.lifecycle.ContainerStatus.DISSOLVING;
import static io.athgrid.registry.lifecycle.ContainerStatus.HALTED;
import static io.athgrid.registry.lifecycle.ContainerStatus.RETIRED;
import static io.athgrid.registry.lifecycle.ContainerStatus.SERVING;
import static io.athgrid.registry.lifecycle.ContainerStatus.STANDBY;
import static io.athgrid.registry.lifecycle.ContainerStatus.WAITING_FOR_STAKE;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.STAKE_BELOW_REQUIREMENT;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.STAKE_SUFFICIENT;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.UNBONDING_COMPLETED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.UNSTAKE_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.registry.lifecycle.ContainerLifecycle;
import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.lifecycle.LifecycleState;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakeStandingTest {

    private static final BigInteger REQUIRED = BigInteger.valueOf(8_000);
    private static final ChainPosition AT = new ChainPosition(10, 0);

    private static Bond active(long wei) {
        return new Bond(BondState.ACTIVE, BigInteger.valueOf(wei), null, AT);
    }

    private static Bond unbonding(long wei) {
        return new Bond(BondState.UNBONDING, BigInteger.valueOf(wei), Instant.parse("2027-05-01T00:00:00Z"), AT);
    }

    private static final Bond WITHDRAWN = new Bond(BondState.WITHDRAWN, BigInteger.ZERO, null, AT);

    private static List<LifecycleTrigger> triggers(LifecycleState state, Bond bond) {
        return StakeStanding.triggers(state, bond, REQUIRED);
    }

    private static LifecycleState after(LifecycleState state, Bond bond) {
        LifecycleState current = state;
        for (LifecycleTrigger trigger : triggers(state, bond)) {
            current = ContainerLifecycle.apply(current, trigger);
        }
        return current;
    }

    private static LifecycleState of(ContainerStatus status) {
        return LifecycleState.of(status);
    }

    @Test
    void a_bond_meeting_the_requirement_exactly_lets_a_waiting_container_into_standby() {
        assertThat(triggers(of(WAITING_FOR_STAKE), active(8_000))).containsExactly(STAKE_SUFFICIENT);
    }

    @Test
    void a_bond_one_wei_short_keeps_a_waiting_container_waiting() {
        assertThat(triggers(of(WAITING_FOR_STAKE), active(7_999))).isEmpty();
    }

    @Test
    void a_bond_falling_below_the_requirement_halts_a_standby_or_serving_container() {
        assertThat(triggers(of(STANDBY), active(7_999))).containsExactly(STAKE_BELOW_REQUIREMENT);
        assertThat(triggers(of(SERVING), active(0))).containsExactly(STAKE_BELOW_REQUIREMENT);
    }

    @Test
    void a_halted_container_topped_up_to_the_requirement_is_back_in_standby() {
        assertThat(after(of(HALTED), active(8_000))).isEqualTo(of(STANDBY));
        assertThat(triggers(of(HALTED), active(7_999))).isEmpty();
    }

    @Test
    void news_that_is_already_reflected_asks_for_nothing() {
        assertThat(triggers(of(STANDBY), active(9_000))).isEmpty();
        assertThat(triggers(of(SERVING), active(9_000))).isEmpty();
    }

    @Test
    void a_bond_posted_while_capacity_is_still_being_checked_waits_for_the_check() {
        assertThat(triggers(of(CHECKING), active(9_000))).isEmpty();
    }

    @Test
    void a_container_offline_when_its_bond_falls_short_comes_back_halted() {
        assertThat(after(LifecycleState.offline(STANDBY), active(1))).isEqualTo(LifecycleState.offline(HALTED));
    }

    @Test
    void unbonding_dissolves_a_standby_or_halted_container() {
        assertThat(triggers(of(STANDBY), unbonding(9_000))).containsExactly(UNSTAKE_STARTED);
        assertThat(after(of(HALTED), unbonding(1))).isEqualTo(of(DISSOLVING));
    }

    @Test
    void a_serving_container_whose_covering_bond_unbonds_finishes_its_lease_first() {
        assertThat(triggers(of(SERVING), unbonding(9_000))).isEmpty();
    }

    @Test
    void a_serving_container_whose_unbonding_bond_is_also_short_is_halted_and_then_dissolves() {
        assertThat(triggers(of(SERVING), unbonding(100))).containsExactly(STAKE_BELOW_REQUIREMENT, UNSTAKE_STARTED);
    }

    @Test
    void an_unbonding_bond_does_not_let_a_waiting_container_into_standby() {
        assertThat(triggers(of(WAITING_FOR_STAKE), unbonding(9_000))).isEmpty();
    }

    @Test
    void a_withdrawn_bond_retires_a_dissolving_container() {
        assertThat(triggers(of(DISSOLVING), WITHDRAWN)).containsExactly(UNBONDING_COMPLETED);
        assertThat(after(of(DISSOLVING), WITHDRAWN)).isEqualTo(of(RETIRED));
    }

    @Test
    void a_container_still_working_without_any_bond_is_halted() {
        assertThat(triggers(of(STANDBY), WITHDRAWN)).containsExactly(STAKE_BELOW_REQUIREMENT);
        assertThat(triggers(of(RETIRED), WITHDRAWN)).isEmpty();
    }

    @Test
    void no_standing_asks_for_more_than_the_bounded_number_of_steps() {
        for (ContainerStatus status : ContainerStatus.values()) {
            LifecycleState state = status == ContainerStatus.OFFLINE ? LifecycleState.offline(STANDBY) : of(status);
            for (Bond bond : List.of(active(0), active(9_000), unbonding(0), unbonding(9_000), WITHDRAWN)) {
                List<LifecycleTrigger> path = triggers(state, bond);
                assertThat(path).as("%s with %s", state, bond).hasSizeLessThan(StakeStanding.MAX_STEPS);
                assertThat(triggers(after(state, bond), bond)).as("settled after %s", path).isEmpty();
            }
        }
    }
}
