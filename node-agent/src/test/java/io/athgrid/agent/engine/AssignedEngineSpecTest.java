package io.athgrid.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.protocol.engine.EngineAssignment;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignedEngineSpecTest {

    @Test
    void the_assignment_names_the_weights_the_served_name_the_context_and_the_gpus() {
        EngineSpec spec = AssignedEngineSpec.of(assignment(32768, 4, List.of("--tensor-parallel-size 4",
                "--max-model-len 32768", "--reasoning-parser deepseek_r1", "--enforce-eager")));

        assertThat(spec.servedModelName()).isEqualTo("deepseek-r1-distill-llama-70b");
        assertThat(spec.weights()).isEqualTo("deepseek-ai/DeepSeek-R1-Distill-Llama-70B");
        assertThat(spec.maxModelLen()).isEqualTo(32768);
        assertThat(spec.gpus()).isEqualTo(4);
        assertThat(spec.engineArgs()).as("options the spec sets are dropped, the rest split into process arguments")
                .containsExactly("--reasoning-parser", "deepseek_r1", "--enforce-eager");
    }

    @Test
    void options_the_spec_sets_are_dropped_in_every_spelling_when_they_agree() {
        EngineSpec spec = AssignedEngineSpec.of(assignment(16384, 2, List.of("--max-model-len=16384", "--tensor-parallel-size",
                "2", "--load-format=safetensors")));

        assertThat(spec.engineArgs()).containsExactly("--load-format=safetensors");
    }

    @Test
    void options_that_contradict_the_assignment_are_refused() {
        assertThatThrownBy(() -> AssignedEngineSpec.of(assignment(16384, 4, List.of("--tensor-parallel-size 2"))))
                .hasMessageContaining("--tensor-parallel-size 2 but the assignment 4");
        assertThatThrownBy(() -> AssignedEngineSpec.of(assignment(16384, 1, List.of("--max-model-len=8192"))))
                .hasMessageContaining("--max-model-len 8192 but the assignment 16384");
        assertThatThrownBy(() -> AssignedEngineSpec.of(assignment(16384, 1, List.of("--max-model-len", "--enforce-eager"))))
                .hasMessageContaining("without a value");
    }

    @Test
    void only_vllm_runs_here() {
        EngineAssignment other = new EngineAssignment("r-1", "sglang", "m", "org/m", 8192, 1, List.of());

        assertThatThrownBy(() -> AssignedEngineSpec.of(other)).hasMessageContaining("engine 'sglang'");
    }

    @Test
    void weights_and_names_are_checked_like_any_engine_spec() {
        EngineAssignment option = new EngineAssignment("r-1", "vllm", "m", "--trust-remote-code", 8192, 1, List.of());

        assertThatThrownBy(() -> AssignedEngineSpec.of(option)).hasMessageContaining("not a model name");
    }

    private static EngineAssignment assignment(int maxModelLen, int gpus, List<String> engineArgs) {
        return new EngineAssignment("r-1", "vllm", "deepseek-r1-distill-llama-70b", "deepseek-ai/DeepSeek-R1-Distill-Llama-70B",
                maxModelLen, gpus, engineArgs);
    }
}
