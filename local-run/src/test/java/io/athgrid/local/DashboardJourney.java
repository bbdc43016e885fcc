package io.athgrid.local;

import static io.athgrid.support.testing.ServiceHttp.bearer;
import static io.athgrid.support.testing.ServiceHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.testsupport.host.Waiting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 *
 * The provider is the owner of an impostor host whose capacity-fraud slash the checkers propose: the
 * journey waits for that proposal and hands it to the script, which disputes it in the browser
 * within its dispute window.
 */
final class DashboardJourney {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots").toAbsolutePath();
    private static final Path SCRIPT_DIRECTORY = Path.of("src", "test", "e2e").toAbsolutePath();
    private static final List<String> PAGES = List.of("sign-in", "overview", "containers", "container", "slashes",
            "slash", "slash-disputed", "earnings", "missed-demand", "checkers", "overview-phone", "container-phone");
    /** Chromium's start, eight pages and their API calls, on a machine that also runs the platform. */
    private static final Duration WITHIN = Duration.ofMinutes(3);
    /** Registration, bonding and the capacity check's quorum come first. */
    private static final Duration PROPOSAL_WITHIN = Duration.ofMinutes(4);

    private final RunningPlatform platform;
    private final GatewayClient gateway;
    private final String operatorKey;
    private final String impostor;

    /**
     * @param operatorKey the run's operator, to find the impostor's owner
     * @param impostor    an impostor host of the fleet whose slash the browser disputes; no other test may
     *                    need that slash executed
     */
    DashboardJourney(RunningPlatform platform, GatewayClient gateway, String operatorKey, String impostor) {
        this.platform = platform;
        this.gateway = gateway;
        this.operatorKey = operatorKey;
        this.impostor = impostor;
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

        String operator = bearer(gateway.signIn(operatorKey));
        String owner = json(gateway.get("/api/registry/containers/" + impostor, "Authorization", operator))
                .path("owner").asString();
        String providerKey = platform.devPrivateKeys().stream()
                .filter(key -> Credentials.create(key).getAddress().equalsIgnoreCase(owner)).findFirst()
                .orElseThrow(() -> new AssertionError("no dev key owns " + impostor + " (owner " + owner + ")"));
        JsonNode proposed = awaitProposedSlash(operator);

        Result result = runScript(providerKey, proposed.path("slashId").asString());
        assertThat(result.exitCode()).as("node dashboard.e2e.mjs, output:%n%s", result.output()).isZero();
        for (String page : PAGES) {
            assertThat(screenshot(page)).as("screenshot of %s", page).isNotEmptyFile();
        }

        JsonNode summary = result.summary();
        String provider = Credentials.create(providerKey).getAddress();
        assertThat(summary.path("wallet").asString()).isEqualTo(provider);
        assertThat(summary.path("signedMessages").asInt()).as("one Sign-In with Ethereum message").isEqualTo(1);
        String session = bearer(gateway.signIn(providerKey));
        JsonNode disputed = json(gateway.get("/api/checker/slashes/" + proposed.path("slashId").asString(),
                "Authorization", session));
        assertThat(disputed.path("state").asString()).as("the slash after the browser's dispute: %s", disputed)
                .isEqualTo("DISPUTED");
        assertThat(disputed.path("dispute").path("statement").asString()).isEqualTo(summary.path("statement").asString());
        JsonNode own = json(gateway.get("/api/registry/containers?size=500", "Authorization", session));
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
        assertThat(summary.path("recentChecks").asInt()).as("verdicts on the container's page").isBetween(1, 20);
        assertThat(summary.path("todayFees").asString()).as("today's provider fees on the overview").endsWith("ATH");
        assertThat(summary.path("phoneOverflow").asInt()).as("pixels the overview overflows a phone's width").isZero();
        assertThat(summary.path("failedResponses").valueStream().map(JsonNode::asString))
                .as("every call the pages made was answered").isEmpty();
    }

    /** The impostor's slash once the checkers propose it, with at least a minute of its dispute window left. */
    private JsonNode awaitProposedSlash(String operator) {
        JsonNode[] slash = new JsonNode[1];
        boolean proposed = Waiting.until(() -> {
            slash[0] = json(gateway.get("/api/checker/slashes?containerId=" + impostor, "Authorization", operator)).path(0);
            return !slash[0].isMissingNode();
        }, PROPOSAL_WITHIN);
        assertThat(proposed).as("a slash proposed for impostor %s", impostor).isTrue();
        assertThat(slash[0].path("state").asString()).as("still disputable: %s", slash[0]).isEqualTo("PROPOSED");
        assertThat(Duration.between(Instant.now(), Instant.parse(slash[0].path("disputeWindowEnds").asString())))
                .as("time left to dispute %s", slash[0]).isGreaterThan(Duration.ofSeconds(60));
        return slash[0];
    }

    private Result runScript(String walletKey, String slashId) throws IOException, InterruptedException {
        Path log = SCREENSHOTS.resolve("dashboard-e2e.log");
        Process node = new ProcessBuilder("node", "dashboard.e2e.mjs", platform.gatewayUrl(), SCREENSHOTS.toString(),
                walletKey, slashId)
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
