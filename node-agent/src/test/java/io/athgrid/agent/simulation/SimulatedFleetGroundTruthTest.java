package io.athgrid.agent.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.testing.ScriptedRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedFleetGroundTruthTest {

    @Test
    void impostors_register_the_gpus_they_claim_and_have_half_of_them() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry();
                SimulatedFleet fleet = SimulatedFleet.start(FleetOptions.of(registry.url(), ScriptedRegistry.CHAIN_ID,
                        DevOwnerKeys.derive(9, 2), 12, 9).withImpostors(2))) {
            assertThat(fleet.awaitRegistered(Duration.ofSeconds(60))).isTrue();

            List<String> impostors = fleet.impostors();

            assertThat(impostors).hasSize(2);
            assertThat(impostors).allSatisfy(id -> {
                SimulatedHostState host = fleet.host(id).orElseThrow();
                assertThat(host.impostor()).isTrue();
                assertThat(host.actual().model()).isEqualTo(host.registered().model());
                assertThat(host.actual().count()).isEqualTo(host.registered().count() / 2);
                assertThat(fleet.registrations().get(id).gpuCount()).as("what it claims").isEqualTo(host.registered().count());
            });
            assertThat(fleet.containerIds()).filteredOn(id -> !impostors.contains(id))
                    .allSatisfy(id -> assertThat(fleet.host(id).orElseThrow().impostor()).isFalse());
        }
    }

    @Test
    void a_host_is_up_while_it_heartbeats() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry();
                SimulatedFleet fleet = SimulatedFleet.start(FleetOptions.of(registry.url(), ScriptedRegistry.CHAIN_ID,
                        DevOwnerKeys.derive(10, 1), 3, 10))) {
            assertThat(fleet.awaitRegistered(Duration.ofSeconds(60))).isTrue();
            String id = fleet.containerIds().get(0);
            assertThat(fleet.host(id).orElseThrow().heartbeating()).isTrue();
            assertThat(fleet.host(id).orElseThrow().endpoint()).isEqualTo("https://sim-1.nodes.athgrid.local");

            fleet.stop(List.of(id));
            assertThat(fleet.host(id).orElseThrow().heartbeating()).isFalse();

            fleet.resume(List.of(id));
            assertThat(fleet.host(id).orElseThrow().heartbeating()).isTrue();
            assertThat(fleet.host("c-unknown")).isEmpty();
        }
    }
}
