package io.athgrid.agent.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.athgrid.agent.testing.Eventually;
import io.athgrid.agent.testing.ScriptedMaas;
import io.athgrid.agent.testing.ScriptedMaas.Report;
import io.athgrid.agent.testing.ScriptedRegistry;
import io.athgrid.agent.workload.EngineHealth;
import io.athgrid.agent.workload.simulated.SimulatedWorkloadRuntime.SimulatedRunningEngine;
import io.athgrid.protocol.engine.EngineAssignment;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedFleetEnginesTest {

    private static final EngineAssignment LLAMA = new EngineAssignment("r-1", "vllm", "llama-3.1-8b-instruct",
            "meta-llama/Llama-3.1-8B-Instruct", 16384, 1, List.of("--max-model-len 16384"));
    private static final EngineAssignment QWEN = new EngineAssignment("r-2", "vllm", "qwen2.5-72b-instruct",
            "Qwen/Qwen2.5-72B-Instruct", 32768, 4, List.of("--tensor-parallel-size 4", "--max-model-len 32768"));

    private final EngineHealth health = EngineHealth.create();

    @Test
    void serving_hosts_run_the_engines_maas_assigns_a_stopped_host_stops_them_and_closing_the_fleet_stops_all() throws Exception {
        try (ScriptedRegistry registry = new ScriptedRegistry().heartbeatIntervalSeconds(1);
                ScriptedMaas maas = new ScriptedMaas()) {
            URI qwenEndpoint;
            try (SimulatedFleet fleet = SimulatedFleet.start(FleetOptions.of(registry.url(), ScriptedRegistry.CHAIN_ID,
                    DevOwnerKeys.derive(12, 2), 4, 12).withHeartbeatInterval(Duration.ofSeconds(1))
                    .withBackoff(Duration.ofMillis(10), Duration.ofMillis(100)).withMaasUrl(maas.url()))) {
                assertThat(fleet.awaitRegistered(Duration.ofSeconds(60))).isTrue();
                List<String> ids = fleet.containerIds();
                fleet.registrations().forEach((id, registration) -> maas.knowNodeKey(id, registration.nodeKey()));
                maas.assign(ids.get(0), LLAMA).assign(ids.get(1), QWEN);
                Eventually.await("every host heartbeats twice", () -> fleet.counters().heartbeatsAccepted() >= 8);
                assertThat(maas.polls()).as("no host polls while none is serving").isEmpty();

                registry.heartbeatStatus("SERVING");
                Eventually.await("both engines reported", () -> maas.reports().size() >= 2);

                assertThat(fleet.engines(ids.get(0))).containsOnlyKeys("r-1");
                assertThat(fleet.engines(ids.get(1))).containsOnlyKeys("r-2");
                assertThat(fleet.engines(ids.get(2))).isEmpty();
                assertThat(fleet.engines("not-in-this-fleet")).isEmpty();
                URI llamaEndpoint = fleet.engines(ids.get(0)).get("r-1").endpoint();
                qwenEndpoint = fleet.engines(ids.get(1)).get("r-2").endpoint();
                assertThat(maas.reports()).extracting(Report::containerId, Report::replicaId, Report::endpoint)
                        .containsExactlyInAnyOrder(tuple(ids.get(0), "r-1", llamaEndpoint.toString()),
                                tuple(ids.get(1), "r-2", qwenEndpoint.toString()));
                assertThat(fleet.engines(ids.get(1)).get("r-2")).isInstanceOf(SimulatedRunningEngine.class);
                assertThat(fleet.engines(ids.get(1)).get("r-2").spec().gpus()).isEqualTo(4);
                assertThat(health.isHealthy(llamaEndpoint)).isTrue();
                assertThat(health.isHealthy(qwenEndpoint)).isTrue();

                fleet.stop(List.of(ids.get(0)));
                assertThat(fleet.engines(ids.get(0))).isEmpty();
                assertThat(health.isHealthy(llamaEndpoint)).as("a stopped host's engines stop").isFalse();
                fleet.resume(List.of(ids.get(0)));
                Eventually.await("the resumed host runs its engine again", () -> fleet.engines(ids.get(0)).containsKey("r-1"));
            }
            assertThat(health.isHealthy(qwenEndpoint)).as("closing the fleet stops every engine").isFalse();
            assertThat(maas.refusals()).isEmpty();
        }
    }
}
