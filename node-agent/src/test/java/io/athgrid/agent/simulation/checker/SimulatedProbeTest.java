package io.athgrid.agent.simulation.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.checker.Assignment;
import io.athgrid.agent.checker.CannotCheckException;
import io.athgrid.agent.checker.RegisteredHardware;
import io.athgrid.agent.simulation.GpuSpec;
import io.athgrid.agent.simulation.SimulatedHostState;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import io.athgrid.protocol.container.GpuModel;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedProbeTest {

    private static final GpuSpec EIGHT_H100 = new GpuSpec(8, GpuModel.H100_SXM);
    private static final GpuSpec FOUR_H100 = new GpuSpec(4, GpuModel.H100_SXM);

    private final Map<String, SimulatedHostState> hosts = Map.of(
            "c-up", new SimulatedHostState("c-up", 1, "https://sim-1.nodes.athgrid.local", EIGHT_H100, EIGHT_H100, 80, true),
            "c-down", new SimulatedHostState("c-down", 2, "https://sim-2.nodes.athgrid.local", EIGHT_H100, EIGHT_H100, 80, false),
            "c-impostor", new SimulatedHostState("c-impostor", 3, "https://sim-3.nodes.athgrid.local", EIGHT_H100, FOUR_H100, 80, true));
    private final SimulatedProbe probe = new SimulatedProbe(id -> Optional.ofNullable(hosts.get(id)));

    @Test
    void a_heartbeating_host_is_reachable_serves_and_has_what_it_registered() throws Exception {
        LivenessResult liveness = (LivenessResult) probe.check(assignment("c-up", CheckKind.LIVENESS));
        QoeResult qoe = (QoeResult) probe.check(assignment("c-up", CheckKind.QOE));
        CapacityResult capacity = (CapacityResult) probe.check(assignment("c-up", CheckKind.CAPACITY));

        assertThat(liveness.reachable()).isTrue();
        assertThat(liveness.lossBand()).isZero();
        assertThat(qoe.responsive()).isTrue();
        assertThat(qoe.latencyBand()).isZero();
        assertThat(capacity.qualified()).isTrue();
        assertThat(capacity.gpuCount()).isEqualTo(8);
    }

    @Test
    void a_host_that_stopped_heartbeating_is_unreachable_and_gets_no_benchmark() throws Exception {
        assertThat(((LivenessResult) probe.check(assignment("c-down", CheckKind.LIVENESS))).reachable()).isFalse();
        assertThat(probe.check(assignment("c-down", CheckKind.QOE))).isEqualTo(QoeResult.unresponsive());
        assertThatThrownBy(() -> probe.check(assignment("c-down", CheckKind.CAPACITY))).isInstanceOf(CannotCheckException.class);
    }

    @Test
    void an_impostor_claiming_8_gpus_with_4_fails_its_capacity_check() throws Exception {
        CapacityResult capacity = (CapacityResult) probe.check(assignment("c-impostor", CheckKind.CAPACITY));

        assertThat(capacity.qualified()).isFalse();
        assertThat(capacity.gpuModel()).isEqualTo("H100_SXM");
        assertThat(capacity.gpuCount()).isEqualTo(4);
        assertThat(((LivenessResult) probe.check(assignment("c-impostor", CheckKind.LIVENESS))).reachable()).isTrue();
    }

    @Test
    void honest_checkers_report_the_same_result_hash() throws Exception {
        SimulatedProbe another = new SimulatedProbe(id -> Optional.ofNullable(hosts.get(id)));

        for (CheckKind kind : CheckKind.values()) {
            assertThat(another.check(assignment("c-up", kind)).resultHash()).isEqualTo(probe.check(assignment("c-up", kind)).resultHash());
        }
    }

    @Test
    void a_container_that_is_not_a_simulated_host_here_is_not_checked() {
        assertThatThrownBy(() -> probe.check(assignment("c-real", CheckKind.LIVENESS)))
                .isInstanceOf(CannotCheckException.class)
                .hasMessageContaining("c-real");
    }

    private static Assignment assignment(String containerId, CheckKind kind) {
        return new Assignment("j-" + kind, 1, containerId, kind, "https://sim.nodes.athgrid.local", "eu-central", null,
                Instant.now().plusSeconds(20), Optional.of(new RegisteredHardware("H100_SXM", 8, 80)));
    }
}
