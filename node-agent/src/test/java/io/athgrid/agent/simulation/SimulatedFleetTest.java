package io.athgrid.agent.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.testing.Eventually;
import io.athgrid.agent.testing.ScriptedRegistry;
import io.athgrid.protocol.container.RegisterContainerRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedFleetTest {

    @Test
    void registers_every_host_with_its_owner_and_heartbeats_through_outages() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry().heartbeatIntervalSeconds(1).answerRegistrations(503, 429);
                SimulatedFleet fleet = SimulatedFleet.start(FleetOptions.of(registry.url(), ScriptedRegistry.CHAIN_ID,
                        DevOwnerKeys.derive(7, 3), 30, 7)
                        .withHeartbeatInterval(Duration.ofSeconds(1))
                        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(100)))) {

            assertThat(fleet.awaitRegistered(Duration.ofSeconds(60))).isTrue();

            assertThat(fleet.containerIds()).hasSize(30).doesNotHaveDuplicates();
            assertThat(registry.acceptedRegistrations()).isEqualTo(30);
            assertThat(registry.registrations().stream().map(RegisterContainerRequest::registration)
                    .map(r -> r.owner()).distinct()).hasSize(3);
            Eventually.await("every host heartbeats", () -> fleet.counters().heartbeatsAccepted() >= 60);
            assertThat(fleet.counters().registered()).isEqualTo(30);
            assertThat(fleet.counters().heartbeatsFailed()).isZero();
        }
    }

    @Test
    void stopped_hosts_go_silent_and_resumed_ones_come_back() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry().heartbeatIntervalSeconds(1);
                SimulatedFleet fleet = SimulatedFleet.start(FleetOptions.of(registry.url(), ScriptedRegistry.CHAIN_ID,
                        DevOwnerKeys.derive(8, 1), 5, 8).withHeartbeatInterval(Duration.ofSeconds(1)))) {
            assertThat(fleet.awaitRegistered(Duration.ofSeconds(60))).isTrue();
            List<String> offline = fleet.containerIds().subList(0, 2);

            fleet.stop(offline);
            int before = registry.heartbeats().size();
            Eventually.await("the others heartbeat on", () -> registry.heartbeats().size() >= before + 6);
            List<String> since = registry.heartbeatContainerIds().subList(before, registry.heartbeatContainerIds().size());
            // At most the one heartbeat that was already on its way when the host went offline.
            assertThat(offline).allSatisfy(id -> assertThat(since.stream().filter(id::equals).count()).isLessThanOrEqualTo(1));

            int paused = registry.heartbeatContainerIds().size();
            fleet.resume(offline);
            Eventually.await("resumed hosts heartbeat", () -> registry.heartbeatContainerIds()
                    .subList(paused, registry.heartbeatContainerIds().size()).containsAll(offline));
        }
    }
}
