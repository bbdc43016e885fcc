package io.athgrid.agent.cli;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.checker.CheckerApi;
import io.athgrid.agent.checker.CheckerClient;
import io.athgrid.agent.checker.CheckerRuntime;
import io.athgrid.agent.checker.LoggingCheckerListener;
import io.athgrid.agent.checker.NetworkProbe;
import io.athgrid.agent.checker.ProbeSettings;
import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.web3j.crypto.ECKeyPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A checker node: the delegated burner wallet of one or more checker licenses, checking what the platform assigns. */
@Command(name = "checker", mixinStandardHelpOptions = true,
        description = {"Runs a checker node until SIGINT/SIGTERM: signs in with the burner wallet the license owner delegated "
                + "to (ERC-4907 setUser), polls the platform for assignments, probes each container (liveness over TCP, "
                + "QoE over HTTP), and submits the results as EIP-712 signed reports.",
                "Capacity checks are not answered yet (no remote benchmark protocol); the platform gives them to other checkers."})
public final class CheckerCommand implements Callable<Integer> {

    @Mixin
    PlatformOptions platform;

    @Option(names = "--key-file", required = true, paramLabel = "FILE",
            description = "The burner wallet's private key (file mode 0600): the wallet the license is delegated to.")
    Path keyFile;

    @Option(names = "--chain-id", paramLabel = "ID", defaultValue = "421614",
            description = "Chain the wallet signs in for and reports are signed on (default: ${DEFAULT-VALUE}, Arbitrum Sepolia).")
    long chainId;

    @Option(names = "--poll-interval", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "Time between two polls for assignments; also the node's sign of life (default: ${DEFAULT-VALUE}).")
    Duration pollInterval;

    @Option(names = "--probe-threads", paramLabel = "N", defaultValue = "16",
            description = "Containers probed at once (default: ${DEFAULT-VALUE}).")
    int probeThreads;

    @Option(names = "--connect-attempts", paramLabel = "N", defaultValue = "5",
            description = "TCP connections per liveness probe (default: ${DEFAULT-VALUE}).")
    int connectAttempts;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
            description = "Time after which a connection counts as lost (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--http-requests", paramLabel = "N", defaultValue = "5",
            description = "Timed GETs per QoE probe (default: ${DEFAULT-VALUE}).")
    int httpRequests;

    @Option(names = "--http-timeout", paramLabel = "DURATION", defaultValue = "2500ms", converter = DurationConverter.class,
            description = "Time after which a GET counts as an error (default: ${DEFAULT-VALUE}).")
    Duration httpTimeout;

    @Override
    public Integer call() throws InterruptedException {
        ECKeyPair wallet = KeyFile.read(keyFile);
        ProbeSettings defaults = ProbeSettings.DEFAULTS;
        ProbeSettings probeSettings = new ProbeSettings(connectAttempts, connectTimeout, defaults.pause(), defaults.rttAttempts(),
                httpRequests, httpTimeout);
        ScheduledExecutorService scheduler = DaemonScheduler.create("checker-poll", 1);
        ExecutorService probes = Executors.newFixedThreadPool(probeThreads, DaemonScheduler.daemonThreads("checker-probe"));
        CheckerRuntime runtime = new CheckerRuntime(new CheckerApi(RegistryClient.newHttpClient(), platform.platform,
                Duration.ofSeconds(30)), scheduler, probes, Clock.systemUTC(),
                new Backoff(Backoff.DEFAULT_INITIAL, Backoff.DEFAULT_CAP, new SecureRandom()), pollInterval);
        CheckerClient client = new CheckerClient("checker " + KeyFile.address(wallet), wallet, chainId,
                new NetworkProbe(probeSettings), runtime, new LoggingCheckerListener());
        try (SignalShutdown shutdown = SignalShutdown.register("checker: stopping", client::close)) {
            client.start(Duration.ZERO);
            Optional<String> problem = client.finished().get();
            if (problem.isPresent()) {
                throw new AgentException(problem.get());
            }
            return 0;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            scheduler.shutdownNow();
            probes.shutdownNow();
        }
    }
}
