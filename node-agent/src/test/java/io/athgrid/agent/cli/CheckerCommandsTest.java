package io.athgrid.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.NodeAgent;
import io.athgrid.agent.checker.ScriptedCheckerPlatform;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckerCommandsTest {

    private static final String BURNER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void checker_stops_in_one_line_when_the_platform_signs_reports_on_another_chain() throws Exception {
        try (ScriptedCheckerPlatform platform = new ScriptedCheckerPlatform().domainChainId(42161)) {
            int exit = run("checker", "--platform", platform.url().toString(), "--key-file", keyFile("rw-------").toString());

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).startsWith("node-agent: the platform signs check reports for chain 42161, but this "
                    + "checker was started for chain 421614").doesNotContain("Exception");
        }
    }

    @Test
    void checker_refuses_a_burner_key_others_may_read() throws Exception {
        assertThat(run("checker", "--platform", "http://127.0.0.1:9", "--key-file", keyFile("rw-r--r--").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("chmod 600");
    }

    @Test
    void checker_needs_the_platform_and_the_key_file() {
        assertThat(run("checker", "--platform", "http://127.0.0.1:9")).isEqualTo(2);
        assertThat(err.toString()).contains("--key-file");
    }

    @Test
    void simulate_checkers_needs_the_chain_and_a_minter() {
        assertThat(run("simulate-checkers", "--platform", "http://127.0.0.1:9", "--count", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("--rpc-url").contains("--minter-key");
    }

    @Test
    void simulate_checkers_with_a_fleet_needs_its_owners() {
        assertThat(run("simulate-checkers", "--platform", "http://127.0.0.1:9", "--rpc-url", "http://127.0.0.1:9",
                "--minter-key", BURNER_KEY, "--fleet-size", "3")).isEqualTo(1);
        assertThat(err.toString()).contains("--owners N or --owner-key-file FILE");
    }

    @Test
    void both_commands_describe_themselves() {
        assertThat(run("checker", "--help")).isZero();
        assertThat(out.toString()).contains("--key-file", "--chain-id", "--poll-interval", "no remote benchmark protocol");
        assertThat(run("simulate-checkers", "--help")).isZero();
        assertThat(out.toString()).contains("--liars", "--minter-key-file", "--impostors", "SIMULATED");
    }

    private Path keyFile(String permissions) throws IOException {
        Path file = directory.resolve("burner-" + permissions.hashCode() + ".key");
        Files.writeString(file, BURNER_KEY + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private int run(String... args) {
        CommandLine agent = NodeAgent.commandLine();
        agent.setOut(new PrintWriter(out));
        agent.setErr(new PrintWriter(err));
        return agent.execute(args);
    }
}
