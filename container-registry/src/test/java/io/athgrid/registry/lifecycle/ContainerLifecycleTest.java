package io.athgrid.registry.lifecycle;

import static io.athgrid.registry.lifecycle.ContainerStatus.CHECKING;
import static io.athgrid.registry.lifecycle.ContainerStatus.DISSOLVING;
import static io.athgrid.registry.lifecycle.ContainerStatus.HALTED;
import static io.athgrid.registry.lifecycle.ContainerStatus.OFFLINE;
import static io.athgrid.registry.lifecycle.ContainerStatus.RETIRED;
import static io.athgrid.registry.lifecycle.ContainerStatus.SERVING;
import static io.athgrid.registry.lifecycle.ContainerStatus.STANDBY;
import static io.athgrid.registry.lifecycle.ContainerStatus.WAITING_FOR_STAKE;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.CAPACITY_REJECTED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.CAPACITY_VERIFIED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.HEARTBEATS_MISSED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.HEARTBEAT_RESUMED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.LEASE_ENDED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.LEASE_STARTED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.RETIRE_REQUESTED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.STAKE_BELOW_REQUIREMENT;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.STAKE_SUFFICIENT;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.UNBONDING_COMPLETED;
import static io.athgrid.registry.lifecycle.LifecycleTrigger.UNSTAKE_STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state (OFFLINE once per state it can remember) x every trigger: the expected next state
 * from the table below, or a rejection for every pair the table does not list.
 */
class ContainerLifecycleTest {

    private static final Map<LifecycleState, Map<LifecycleTrigger, LifecycleState>> ALLOWED = new HashMap<>();

    static {
        allow(of(CHECKING), CAPACITY_VERIFIED, of(WAITING_FOR_STAKE));
        allow(of(CHECKING), CAPACITY_REJECTED, of(RETIRED));
        allow(of(CHECKING), HEARTBEATS_MISSED, offline(CHECKING));
        allow(of(CHECKING), RETIRE_REQUESTED, of(RETIRED));

        allow(of(WAITING_FOR_STAKE), STAKE_SUFFICIENT, of(STANDBY));
        allow(of(WAITING_FOR_STAKE), HEARTBEATS_MISSED, offline(WAITING_FOR_STAKE));
        allow(of(WAITING_FOR_STAKE), RETIRE_REQUESTED, of(RETIRED));

        allow(of(STANDBY), STAKE_BELOW_REQUIREMENT, of(HALTED));
        allow(of(STANDBY), LEASE_STARTED, of(SERVING));
        allow(of(STANDBY), HEARTBEATS_MISSED, offline(STANDBY));
        allow(of(STANDBY), UNSTAKE_STARTED, of(DISSOLVING));
        allow(of(STANDBY), RETIRE_REQUESTED, of(DISSOLVING));

        allow(of(SERVING), STAKE_BELOW_REQUIREMENT, of(HALTED));
        allow(of(SERVING), LEASE_ENDED, of(STANDBY));
        // Its lease is rescheduled elsewhere, so it comes back idle.
        allow(of(SERVING), HEARTBEATS_MISSED, offline(STANDBY));

        allow(of(HALTED), STAKE_SUFFICIENT, of(STANDBY));
        allow(of(HALTED), HEARTBEATS_MISSED, offline(HALTED));
        allow(of(HALTED), UNSTAKE_STARTED, of(DISSOLVING));
        allow(of(HALTED), RETIRE_REQUESTED, of(DISSOLVING));

        allow(of(DISSOLVING), UNBONDING_COMPLETED, of(RETIRED));

        allow(offline(CHECKING), HEARTBEAT_RESUMED, of(CHECKING));
        allow(offline(CHECKING), CAPACITY_VERIFIED, offline(WAITING_FOR_STAKE));
        allow(offline(CHECKING), CAPACITY_REJECTED, of(RETIRED));
        allow(offline(CHECKING), RETIRE_REQUESTED, of(RETIRED));

        allow(offline(WAITING_FOR_STAKE), HEARTBEAT_RESUMED, of(WAITING_FOR_STAKE));
        allow(offline(WAITING_FOR_STAKE), STAKE_SUFFICIENT, offline(STANDBY));
        allow(offline(WAITING_FOR_STAKE), RETIRE_REQUESTED, of(RETIRED));

        allow(offline(STANDBY), HEARTBEAT_RESUMED, of(STANDBY));
        // Slashed while offline: it comes back HALTED.
        allow(offline(STANDBY), STAKE_BELOW_REQUIREMENT, offline(HALTED));
        allow(offline(STANDBY), UNSTAKE_STARTED, of(DISSOLVING));
        allow(offline(STANDBY), RETIRE_REQUESTED, of(DISSOLVING));

        allow(offline(HALTED), HEARTBEAT_RESUMED, of(HALTED));
        allow(offline(HALTED), STAKE_SUFFICIENT, offline(STANDBY));
        allow(offline(HALTED), UNSTAKE_STARTED, of(DISSOLVING));
        allow(offline(HALTED), RETIRE_REQUESTED, of(DISSOLVING));
    }

    static Stream<Arguments> everyStateAndTrigger() {
        List<LifecycleState> states = new ArrayList<>();
        for (ContainerStatus status : ContainerStatus.values()) {
            if (status == OFFLINE) {
                List.of(CHECKING, WAITING_FOR_STAKE, STANDBY, HALTED).forEach(resume -> states.add(offline(resume)));
            } else {
                states.add(of(status));
            }
        }
        return states.stream().flatMap(state -> Stream.of(LifecycleTrigger.values())
                .map(trigger -> Arguments.of(state, trigger)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndTrigger")
    void every_state_and_trigger_has_a_defined_answer(LifecycleState state, LifecycleTrigger trigger) {
        LifecycleState expected = ALLOWED.getOrDefault(state, Map.of()).get(trigger);

        assertThat(ContainerLifecycle.allows(state, trigger)).isEqualTo(expected != null);
        if (expected == null) {
            assertThatThrownBy(() -> ContainerLifecycle.apply(state, trigger))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(trigger.name())
                    .hasMessageContaining(state.status().name());
        } else {
            assertThat(ContainerLifecycle.apply(state, trigger)).isEqualTo(expected);
        }
    }

    @Test
    void the_table_covers_all_eleven_states_including_each_remembered_state_of_offline() {
        assertThat(everyStateAndTrigger().count()).isEqualTo(11L * LifecycleTrigger.values().length);
    }

    @Test
    void a_serving_container_slashed_while_offline_comes_back_halted() {
        LifecycleState offline = ContainerLifecycle.apply(of(SERVING), HEARTBEATS_MISSED);
        LifecycleState slashed = ContainerLifecycle.apply(offline, STAKE_BELOW_REQUIREMENT);

        assertThat(ContainerLifecycle.apply(slashed, HEARTBEAT_RESUMED)).isEqualTo(of(HALTED));
    }

    @Test
    void only_an_offline_state_remembers_where_to_resume() {
        assertThatThrownBy(() -> new LifecycleState(OFFLINE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LifecycleState(STANDBY, HALTED)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void allow(LifecycleState from, LifecycleTrigger trigger, LifecycleState to) {
        ALLOWED.computeIfAbsent(from, state -> new HashMap<>()).put(trigger, to);
    }

    private static LifecycleState of(ContainerStatus status) {
        return LifecycleState.of(status);
    }

    private static LifecycleState offline(ContainerStatus resume) {
        return LifecycleState.offline(resume);
    }
}
