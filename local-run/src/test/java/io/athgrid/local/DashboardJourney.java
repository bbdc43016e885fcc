package io.athgrid.local;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider using the dashboard in a real browser: src/test/e2e/dashboard.e2e.mjs drives Debian's
 * Chromium (playwright-core) through the gateway with the provider's wallet injected into the page,
 * and leaves a screenshot of each page in target/dashboard-screenshots. The browser sees only what
 * the gateway serves; this class checks what the script saw against the API.
 */
final class DashboardJourney {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots").toAbsolutePath();
    private static final Path SCRIPT_DIRECTORY = Path.of("src", "test", "e2e").toAbsolutePath();
    private static final List<String> PAGES = List.of("sign-in", "overview", "containers", "container", "slashes",
            "earnings", "missed-demand", "checkers");
    /** Chromium's start, four pages and their API calls, on a machine that also runs the platform. */
    private static final Duration WITHIN = Duration.ofMinutes(3);

    private final RunningPlatform platform;
    private final GatewayClient gateway;
    private final String providerKey;

    /** @param providerKey the key the script injects (anvil's #1): the journey compares against this wallet's API view */
    DashboardJourney(RunningPlatform platform, GatewayClient gateway, String providerKey) {
        this.platform = platform;
        this.gateway = gateway;
        this.providerKey = providerKey;
    }

    void run() throws IOException, InterruptedException {
        assertThat(CHROMIUM).as("Debian's Chromium drives the dashboard test: apt-get install -y chromium"
                + " (.ci/run installs it when missing)").isExecutable();
        assertThat(SCRIPT_DIRECTORY.resolve("node_modules").resolve("playwright-core"))
                .as("the e2e script's packages: build without -Dnpm.skip=true (npm ci in %s)", SCRIPT_DIRECTORY)
                .isDirectory();
        Files.createDirectories(SCREENSHOTS);
        for (String page : PAGES) {
            Files.deleteIfExists(screenshot(page));
        }

        Result result = runScript();
        assertThat(result.exitCode()).as("node dashboard.e2e.mjs, output:%n%s", result.output()).isZero();
        for (String page : PAGES) {
            assertThat(screenshot(page)).as("screenshot of %s", page).isNotEmptyFile();
        }

        JsonNode summary = result.summary();
        String provider = Credentials.create(providerKey).getAddress();
        assertThat(summary.path("wallet").asString()).isEqualTo(provider);
        assertThat(summary.path("signedMessages").asInt()).as("one Sign-In with Ethereum message").isEqualTo(1);
        JsonNode own = json(gateway.get("/api/registry/containers?size=500", "Authorization",
                bearer(gateway.signIn(providerKey))));
        int total = own.path("total").asInt();
        assertThat(total).isPositive();
        assertThat(summary.path("containerRows").asInt()).as("rows on the Containers page").isEqualTo(total);
        int counted = 0;
        for (JsonNode count : summary.path("overview")) {
            counted += count.asInt();
        }
        assertThat(counted).as("the overview's containers by state: %s", summary.path("overview")).isEqualTo(total);
        String shown = summary.path("containerId").asString();
        assertThat(own.path("items").valueStream().map(c -> c.path("containerId").asString()))
                .as("the container whose detail page opened").contains(shown);
    }

    private Result runScript() throws IOException, InterruptedException {
        Path log = SCREENSHOTS.resolve("dashboard-e2e.log");
        Process node = new ProcessBuilder("node", "dashboard.e2e.mjs", platform.gatewayUrl(), SCREENSHOTS.toString())
                .directory(SCRIPT_DIRECTORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!node.waitFor(WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            // Chromium first: it would outlive a killed node.
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly().waitFor();
            return new Result(-1, "timed out after " + WITHIN + "\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(node.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Path screenshot(String page) {
        return SCREENSHOTS.resolve(page + ".png");
    }

    /** What the script printed; its last line is the JSON summary. */
    private record Result(int exitCode, String output) {

        JsonNode summary() {
            List<String> lines = output.strip().lines().toList();
            return JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        }
    }
}
