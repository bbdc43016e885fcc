package io.athgrid.agent.workload.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.agent.workload.simulated.SimulatedWorkloadRuntime.SimulatedRunningEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SimulatedWorkloadRuntimeTest {

    private final SimulatedWorkloadRuntime runtime = new SimulatedWorkloadRuntime();

    @Test
    void a_started_engine_is_healthy_and_serves_its_model_until_stopped() {
        EngineSpec spec = EngineSpec.of("Qwen/Qwen2.5-7B-Instruct").withMaxModelLen(32768);
        SimulatedRunningEngine engine = runtime.start(spec);

        assertThat(engine.healthy()).isTrue();
        assertThat(engine.spec()).isEqualTo(spec);
        JsonNode models = EngineClient.json(new EngineClient(engine.endpoint()).get("/v1/models"));
        assertThat(models.path("data").get(0).path("id").asString()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(models.path("data").get(0).path("max_model_len").asInt()).isEqualTo(32768);

        engine.stop();

        assertThat(engine.healthy()).isFalse();
        engine.stop();
    }

    @Test
    void each_engine_gets_its_own_port() {
        try (RunningEngine first = runtime.start(EngineSpec.of("a/model"));
                RunningEngine second = runtime.start(EngineSpec.of("b/model"))) {
            assertThat(first.endpoint()).isNotEqualTo(second.endpoint());
            assertThat(first.healthy()).isTrue();
            assertThat(second.healthy()).isTrue();
        }
    }
}
