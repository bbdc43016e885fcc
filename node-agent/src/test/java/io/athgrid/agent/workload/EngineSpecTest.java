package io.athgrid.agent.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSpecTest {

    @Test
    void a_model_gets_an_8k_context_and_h100_timing_by_default() {
        EngineSpec spec = EngineSpec.of("meta-llama/Llama-3.1-8B-Instruct");

        assertThat(spec.weights()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
        assertThat(spec.maxModelLen()).isEqualTo(8192);
        assertThat(spec.gpus()).isEqualTo(1);
        assertThat(spec.engineArgs()).isEmpty();
        assertThat(spec.timing().firstTokenBase()).isEqualTo(Duration.ofMillis(25));
        assertThat(spec.timing().prefillPerPromptToken()).isEqualTo(Duration.ofNanos(50_000));
        assertThat(spec.timing().interTokenLatency()).isEqualTo(Duration.ofMillis(12));
    }

    @Test
    void the_first_token_waits_for_the_prompt_and_each_next_one_for_the_inter_token_latency() {
        EngineTiming timing = EngineTiming.H100_8B;

        assertThat(timing.timeToFirstToken(0)).isEqualTo(Duration.ofMillis(25));
        assertThat(timing.timeToFirstToken(1000)).isEqualTo(Duration.ofMillis(75));
        assertThat(timing.tokenReadyAt(1000, 0)).isEqualTo(Duration.ofMillis(75));
        assertThat(timing.tokenReadyAt(1000, 10)).isEqualTo(Duration.ofMillis(195));
        assertThatThrownBy(() -> timing.tokenReadyAt(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negative_timings_are_refused() {
        assertThatThrownBy(() -> new EngineTiming(Duration.ofMillis(-1), Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("time to the first token");
        assertThatThrownBy(() -> new EngineTiming(Duration.ZERO, Duration.ZERO, Duration.ofNanos(-1)))
                .hasMessageContaining("inter-token latency");
    }

    @Test
    void model_names_are_hugging_face_ids_or_paths_never_options() {
        assertThat(EngineSpec.of("Qwen/Qwen2.5-7B-Instruct").servedModelName()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(EngineSpec.of("/models/llama-3.1-8b").servedModelName()).isEqualTo("/models/llama-3.1-8b");
        assertThatThrownBy(() -> EngineSpec.of("--trust-remote-code")).hasMessageContaining("not a model name");
        assertThatThrownBy(() -> EngineSpec.of("")).hasMessageContaining("not a model name");
        assertThatThrownBy(() -> EngineSpec.of("two words")).hasMessageContaining("not a model name");
        assertThatThrownBy(() -> EngineSpec.of("m").withWeights("--load-format=dummy")).hasMessageContaining("not a model name");
    }

    @Test
    void an_engine_uses_at_least_one_gpu_and_no_more_than_a_host_holds() {
        EngineSpec spec = EngineSpec.of("m");

        assertThat(spec.withGpus(8).gpus()).isEqualTo(8);
        assertThatThrownBy(() -> spec.withGpus(0)).hasMessageContaining("1 to 64 GPUs");
        assertThatThrownBy(() -> spec.withGpus(65)).hasMessageContaining("1 to 64 GPUs");
    }

    @Test
    void the_context_length_must_be_positive_and_plausible() {
        EngineSpec spec = EngineSpec.of("m");

        assertThat(spec.withMaxModelLen(131072).maxModelLen()).isEqualTo(131072);
        assertThatThrownBy(() -> spec.withMaxModelLen(0)).hasMessageContaining("1 to");
        assertThatThrownBy(() -> spec.withMaxModelLen(EngineSpec.MAX_MODEL_LEN_LIMIT + 1)).hasMessageContaining("1 to");
    }

    @Test
    void engine_args_are_copied() {
        List<String> args = new ArrayList<>(List.of("--gpu-memory-utilization", "0.9"));
        EngineSpec spec = EngineSpec.of("m").withEngineArgs(args);
        args.add("--enforce-eager");

        assertThat(spec.engineArgs()).containsExactly("--gpu-memory-utilization", "0.9");
    }
}
