package io.athgrid.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.NodeAgent;
import io.athgrid.agent.registry.AgentJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class NodeAgentCommandsTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void key_creates_the_node_key_once_and_prints_its_address() throws IOException {
        Path state = directory.resolve("state");

        assertThat(run("key", "--state-dir", state.toString())).isZero();
        String address = out.toString().strip();
        assertThat(address).matches("0x[0-9a-f]{40}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("node-key")))).isEqualTo("rw-------");

        out.getBuffer().setLength(0);
        assertThat(run("key", "--state-dir", state.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo(address);
    }

    @Test
    void a_node_key_others_may_read_is_refused_in_one_line() throws IOException {
        Path state = directory.resolve("state");
        run("key", "--state-dir", state.toString());
        Files.setPosixFilePermissions(state.resolve("node-key"), PosixFilePermissions.fromString("rw-rw-r--"));

        assertThat(run("key", "--state-dir", state.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("node-agent: the key file").contains("chmod 600").doesNotContain("Exception");
    }

    @Test
    void registration_prints_typed_data_for_the_wallet_and_keeps_the_registration() throws IOException {
        Path state = directory.resolve("state");
        Path nvidiaSmi = recordedNvidiaSmi("8x-h100-sxm.csv");

        int exit = run("registration", "--state-dir", state.toString(), "--nvidia-smi", nvidiaSmi.toString(),
                "--region", "eu-central", "--price", "2.25", "--services", "vllm,game-streaming",
                "--endpoint", "https://gpu-7.example.net", "--owner", "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                "--chain-id", "421614");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode typedData = AgentJson.MAPPER.readTree(out.toString());
        assertThat(typedData.path("primaryType").asString()).isEqualTo("ContainerRegistration");
        assertThat(typedData.path("domain").path("chainId").asLong()).isEqualTo(421614);
        JsonNode message = typedData.path("message");
        assertThat(message.path("owner").asString()).isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        assertThat(message.path("gpuModel").asString()).isEqualTo("H100_SXM");
        assertThat(message.path("gpuCount").asInt()).isEqualTo(8);
        assertThat(message.path("services").asString()).isEqualTo("vllm,game-streaming");
        assertThat(state.resolve("registration.json")).exists();
        assertThat(err.toString()).contains("eth_signTypedData_v4");
    }

    @Test
    void registration_without_the_offer_is_a_usage_error() {
        assertThat(run("registration", "--state-dir", directory.toString(), "--owner", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--region, --price, --services and --endpoint");
    }

    @Test
    void run_before_registration_says_what_to_do_first() {
        assertThat(run("run", "--state-dir", directory.toString(), "--platform", "http://127.0.0.1:9")).isEqualTo(1);
        assertThat(err.toString()).contains("run `node-agent registration` first");
    }

    @Test
    void run_takes_one_kind_of_owner_approval() {
        assertThat(run("run", "--platform", "http://127.0.0.1:9", "--owner-signature", "0x00", "--owner-key-file", "k"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void run_chooses_the_workload_runtime_and_where_the_platform_reaches_engines() {
        assertThat(run("run", "--help")).isZero();
        assertThat(out.toString()).contains("--workload-runtime", "docker", "simulated", "--engine-host");

        assertThat(run("run", "--platform", "http://127.0.0.1:9", "--workload-runtime", "podman")).isEqualTo(2);
        assertThat(err.toString()).contains("docker, simulated");
        assertThat(run("run", "--platform", "http://127.0.0.1:9", "--engine-host", "https://gpu-7.example.net")).isEqualTo(2);
        assertThat(err.toString()).contains("not a host name or address");
    }

    @Test
    void simulate_refuses_an_unknown_gpu_spec() {
        assertThat(run("simulate", "--gpus", "8xV100", "--owner-key-file", "k", "--platform", "http://127.0.0.1:9")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown GPU model V100");
    }

    @Test
    void fleet_needs_owners_one_way_or_the_other() {
        assertThat(run("fleet", "--platform", "http://127.0.0.1:9")).isEqualTo(2);
        assertThat(err.toString()).contains("--owner-key-file").contains("--owners");
    }

    @Test
    void fleet_help_lists_its_options() {
        assertThat(run("fleet", "--help")).isZero();
        assertThat(out.toString()).contains("--size", "--seed", "--heartbeat-interval", "--owners", "--[no-]engines", "SIMULATED");
    }

    @Test
    void durations_read_as_people_write_them() {
        DurationConverter converter = new DurationConverter();

        assertThat(converter.convert("60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("PT90S")).isEqualTo(Duration.ofSeconds(90));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> converter.convert("soon"))
                .isInstanceOf(CommandLine.TypeConversionException.class);
    }

    private int run(String... args) {
        CommandLine agent = NodeAgent.commandLine();
        agent.setOut(new PrintWriter(out));
        agent.setErr(new PrintWriter(err));
        return agent.execute(args);
    }

    /** An executable that answers like nvidia-smi did on a recorded host. */
    private Path recordedNvidiaSmi(String recording) throws IOException {
        Path output = directory.resolve(recording);
        try (InputStream in = getClass().getResourceAsStream("/nvidia-smi/" + recording)) {
            Files.copy(in, output, StandardCopyOption.REPLACE_EXISTING);
        }
        Path script = directory.resolve("nvidia-smi");
        Files.writeString(script, "#!/bin/sh\ncat '" + output + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
