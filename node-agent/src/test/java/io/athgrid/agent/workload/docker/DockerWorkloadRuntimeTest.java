package io.athgrid.agent.workload.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.agent.workload.EngineHealth;
import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.agent.workload.RunningEngine;
import io.athgrid.agent.workload.WorkloadException;
import io.athgrid.agent.workload.docker.FakeDocker.Behaviour;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerWorkloadRuntimeTest {

    private static final String ID = FakeDocker.CONTAINER_ID;

    private final EngineSpec spec = EngineSpec.of("meta-llama/Llama-3.1-8B-Instruct");
    private final DockerSettings settings = DockerRunCommandTest.SETTINGS.withHuggingFaceToken(Optional.of("hf_secret"))
            .withStartTimeout(Duration.ofSeconds(30), Duration.ofMillis(20));

    @Test
    void it_runs_the_container_waits_for_health_and_stops_it_with_docker_stop() {
        FakeDocker docker = new FakeDocker(Behaviour.SERVES);
        DockerWorkloadRuntime runtime = new DockerWorkloadRuntime(settings, docker, EngineHealth.create());

        RunningEngine engine = runtime.start(spec);

        List<String> run = docker.commands().get(0);
        int port = engine.endpoint().getPort();
        assertThat(run).isEqualTo(DockerRunCommand.of(settings, spec, port));
        assertThat(docker.environments().get(0)).isEqualTo(Map.of("HUGGING_FACE_HUB_TOKEN", "hf_secret"));
        assertThat(engine.endpoint().toString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(((DockerRunningEngine) engine).containerId()).isEqualTo(ID);
        assertThat(engine.healthy()).isTrue();

        engine.stop();
        engine.stop();

        assertThat(docker.commands()).filteredOn(command -> command.get(1).equals("stop"))
                .containsExactly(List.of("docker", "stop", ID));
        assertThat(docker.environments().get(docker.environments().size() - 1)).isEmpty();
        assertThat(engine.healthy()).isFalse();
    }

    @Test
    void a_fixed_host_port_is_published_as_configured() {
        int port = FreePort.find();
        FakeDocker docker = new FakeDocker(Behaviour.SERVES);

        try (RunningEngine engine = new DockerWorkloadRuntime(settings.withHostPort(port), docker, EngineHealth.create()).start(spec)) {
            assertThat(docker.commands().get(0)).containsSequence("-p", port + ":8000");
            assertThat(engine.endpoint().getPort()).isEqualTo(port);
        }
    }

    @Test
    void a_failed_docker_run_says_what_docker_said() {
        FakeDocker docker = new FakeDocker(Behaviour.RUN_FAILS);

        assertThatThrownBy(() -> new DockerWorkloadRuntime(settings, docker, EngineHealth.create()).start(spec))
                .isInstanceOf(WorkloadException.class)
                .hasMessageContaining("failed (exit 125)").hasMessageContaining("could not select device driver");
        assertThat(docker.commands()).hasSize(1);
    }

    @Test
    void an_engine_not_healthy_in_time_is_stopped_and_its_last_logs_reported() {
        FakeDocker docker = new FakeDocker(Behaviour.NEVER_HEALTHY);
        DockerSettings impatient = settings.withStartTimeout(Duration.ofMillis(200), Duration.ofMillis(20));

        assertThatThrownBy(() -> new DockerWorkloadRuntime(impatient, docker, EngineHealth.create()).start(spec))
                .isInstanceOf(WorkloadException.class)
                .hasMessageContaining("not healthy within PT0.2S")
                .hasMessageContaining("CUDA out of memory");
        List<List<String>> last = docker.commands().subList(docker.commands().size() - 2, docker.commands().size());
        assertThat(last).containsExactly(List.of("docker", "logs", "--tail", "40", ID), List.of("docker", "stop", ID));
        assertThat(docker.commands()).filteredOn(command -> command.get(1).equals("inspect")).isNotEmpty()
                .allSatisfy(command -> assertThat(command).containsExactly("docker", "inspect", "--format", "{{.State.Running}}",
                        ID));
    }

    @Test
    void an_engine_whose_container_exits_fails_at_once() {
        FakeDocker docker = new FakeDocker(Behaviour.CRASHES);

        assertThatThrownBy(() -> new DockerWorkloadRuntime(settings, docker, EngineHealth.create()).start(spec))
                .isInstanceOf(WorkloadException.class)
                .hasMessageContaining("the container stopped before the engine became healthy");
        assertThat(docker.commands()).extracting(command -> command.get(1)).containsExactly("run", "inspect", "logs", "stop");
    }

    @Test
    void without_a_token_no_secret_reaches_docker() {
        FakeDocker docker = new FakeDocker(Behaviour.SERVES);
        DockerSettings noToken = settings.withHuggingFaceToken(Optional.empty());

        try (RunningEngine engine = new DockerWorkloadRuntime(noToken, docker, EngineHealth.create()).start(spec)) {
            assertThat(docker.commands().get(0)).doesNotContain("-e", "HUGGING_FACE_HUB_TOKEN");
            assertThat(docker.environments().get(0)).isEmpty();
        }
    }
}
