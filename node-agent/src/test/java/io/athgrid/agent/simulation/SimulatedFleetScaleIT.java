package io.athgrid.agent.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.testing.Eventually;
import io.athgrid.agent.testing.ScriptedRegistry;
import java.time.Duration;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** A thousand simulated hosts in one process, through one HTTP client and a small scheduler. */
class SimulatedFleetScaleIT {

    @Test
    void a_thousand_hosts_register_and_each_heartbeats() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry().heartbeatIntervalSeconds(5);
                SimulatedFleet fleet = SimulatedFleet.start(FleetOptions.of(registry.url(), ScriptedRegistry.CHAIN_ID,
                        DevOwnerKeys.derive(42, 10), 1000, 42).withHeartbeatInterval(Duration.ofSeconds(5)))) {

            assertThat(fleet.awaitRegistered(Duration.ofMinutes(5))).isTrue();
            Eventually.await("every host heartbeats",
                    () -> new HashSet<>(registry.heartbeatContainerIds()).size() == 1000);

            assertThat(fleet.containerIds()).hasSize(1000);
            assertThat(registry.acceptedRegistrations()).isEqualTo(1000);
            assertThat(registry.heartbeatAnswers()).containsOnly(202);
        }
    }
}
