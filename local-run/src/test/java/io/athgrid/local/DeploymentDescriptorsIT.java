package io.athgrid.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The deployment descriptors stay valid and keep naming every service as services are added. */
class DeploymentDescriptorsIT {

    private static final Path ROOT = repositoryRoot();

    @ParameterizedTest
    @ValueSource(strings = {"k8s/overlays/local", "k8s/overlays/production"})
    void kustomize_renders_a_deployment_and_a_service_for_every_service(String overlay) throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not installed");

        Result rendered = run("kubectl", "kustomize", overlay);

        assertThat(rendered.exitCode()).as(rendered.output()).isZero();
        for (String service : serviceNames()) {
            assertThat(rendered.output()).as(service)
                    .containsPattern("kind: Deployment\\n(?:.*\\n){0,12}?  name: " + service + "\\n")
                    .containsPattern("kind: Service\\n(?:.*\\n){0,12}?  name: " + service + "\\n");
        }
    }

    @Test
    void docker_compose_accepts_the_file_and_runs_every_service() throws Exception {
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed");

        Result config = run("docker-compose", "-f", "docker-compose.yml", "config", "--services");

        assertThat(config.exitCode()).as(config.output()).isZero();
        assertThat(config.output().lines()).containsAll(serviceNames());
    }

    private static List<String> serviceNames() {
        List<String> names = new ArrayList<>(PlatformService.ALL.stream().map(PlatformService::name).toList());
        names.add("gateway-service");
        return names;
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String command) {
        return List.of(System.getenv("PATH").split(":")).stream()
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (!Files.exists(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
        }
        return directory;
    }

    private record Result(int exitCode, String output) {
    }
}
