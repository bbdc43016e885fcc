package io.athgrid.agent.workload.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.WorkloadException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerRunCommandTest {

    static final DockerSettings SETTINGS = new DockerSettings("docker", "vllm/vllm-openai:v0.11.0", Path.of("/var/cache/hf"),
            Optional.empty(), 0, Duration.ofMinutes(20), Duration.ofSeconds(2), Duration.ofMinutes(2));

    private final EngineSpec spec = EngineSpec.of("llama-3.1-70b").withWeights("meta-llama/Llama-3.1-70B-Instruct")
            .withMaxModelLen(16384).withGpus(4).withEngineArgs(List.of("--gpu-memory-utilization", "0.9"));

    @Test
    void it_runs_vllm_detached_on_all_gpus_with_the_model_cache_and_the_published_port() {
        assertThat(DockerRunCommand.of(SETTINGS, spec, 18000)).containsExactly(
                "docker", "run", "-d", "--rm", "--gpus", "all", "--ipc=host",
                "-v", "/var/cache/hf:/root/.cache/huggingface",
                "-p", "18000:8000",
                "vllm/vllm-openai:v0.11.0",
                "--model", "meta-llama/Llama-3.1-70B-Instruct",
                "--served-model-name", "llama-3.1-70b",
                "--max-model-len", "16384",
                "--tensor-parallel-size", "4",
                "--gpu-memory-utilization", "0.9");
    }

    @Test
    void the_hugging_face_token_is_named_for_docker_but_never_written_on_the_command_line() {
        DockerSettings withToken = SETTINGS.withHuggingFaceToken(Optional.of("hf_secret"));

        List<String> command = DockerRunCommand.of(withToken, spec, 18000);

        assertThat(command.subList(9, 14)).containsExactly("-p", "18000:8000", "-e", "HUGGING_FACE_HUB_TOKEN",
                "vllm/vllm-openai:v0.11.0");
        assertThat(String.join(" ", command)).doesNotContain("hf_secret");
        assertThat(withToken.toString()).doesNotContain("hf_secret").contains("(set)");
    }

    @Test
    void engine_args_may_not_set_what_the_runtime_sets() {
        for (String reserved : List.of("--model", "--served-model-name", "--max-model-len=4096", "--tensor-parallel-size",
                "--port", "--host")) {
            EngineSpec clashing = spec.withEngineArgs(List.of(reserved, "x"));

            assertThatThrownBy(() -> DockerRunCommand.of(SETTINGS, clashing, 18000)).as(reserved)
                    .isInstanceOf(WorkloadException.class).hasMessageContaining("is set by the runtime");
        }
    }

    @Test
    void a_relative_model_cache_is_mounted_by_its_absolute_path() {
        DockerSettings relative = new DockerSettings("/usr/bin/docker", "img", Path.of("hf-cache"), Optional.empty(), 0,
                Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(30));

        List<String> command = DockerRunCommand.of(relative, EngineSpec.of("m"), 9000);

        assertThat(command.get(0)).isEqualTo("/usr/bin/docker");
        assertThat(command.get(8)).isEqualTo(Path.of("hf-cache").toAbsolutePath() + ":/root/.cache/huggingface");
    }
}
