package io.athgrid.agent.workload.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.workload.WorkloadException;
import io.athgrid.agent.workload.docker.CommandRunner.CommandResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessCommandRunnerTest {

    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @Test
    void it_returns_the_exit_code_and_both_outputs() {
        CommandResult result = runner.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"), Map.of(), Duration.ofSeconds(30));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
    }

    @Test
    void the_environment_reaches_the_program_without_being_on_its_command_line() {
        CommandResult result = runner.run(List.of("sh", "-c", "printf %s \"$HUGGING_FACE_HUB_TOKEN\""),
                Map.of("HUGGING_FACE_HUB_TOKEN", "hf_secret"), Duration.ofSeconds(30));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.stdout()).isEqualTo("hf_secret");
    }

    @Test
    void a_program_that_outlives_its_timeout_is_killed() {
        assertThatThrownBy(() -> runner.run(List.of("sleep", "30"), Map.of(), Duration.ofMillis(200)))
                .isInstanceOf(WorkloadException.class).hasMessageContaining("did not finish within PT0.2S");
    }

    @Test
    void a_missing_program_is_a_workload_exception() {
        assertThatThrownBy(() -> runner.run(List.of("/nonexistent/docker", "ps"), Map.of(), Duration.ofSeconds(5)))
                .isInstanceOf(WorkloadException.class).hasMessageContaining("cannot run `/nonexistent/docker`");
    }

    @Test
    void a_large_output_does_not_block_the_program() {
        CommandResult result = runner.run(List.of("sh", "-c", "yes athgrid | head -c 1000000"), Map.of(), Duration.ofSeconds(30));

        assertThat(result.stdout()).hasSize(1_000_000);
    }
}
