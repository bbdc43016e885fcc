package io.athgrid.agent.cli;

import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.simulation.DevOwnerKeys;
import io.athgrid.agent.simulation.FleetOptions;
import io.athgrid.agent.simulation.SimulatedFleet;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.ECKeyPair;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A SIMULATED fleet of hosts in this process, until SIGINT/SIGTERM. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = {"Runs a SIMULATED fleet of GPU hosts in this process (regions, GPU models, prices spread "
                + "realistically from the seed), registers them and sends their heartbeats until SIGINT/SIGTERM; SERVING "
                + "hosts run SIMULATED engines for the replicas the platform assigns to them."})
public final class FleetCommand implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(FleetCommand.class.getName());

    @Option(names = "--size", paramLabel = "N", defaultValue = "1000", description = "Number of hosts (default: ${DEFAULT-VALUE}).")
    int size;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Owners owners;

    @Mixin
    PlatformOptions platform;

    @Mixin
    ChainOptions chain;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the fleet's spread (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--heartbeat-interval", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Interval the heartbeats are spread over until the registry names its own (default: ${DEFAULT-VALUE}).")
    Duration heartbeatInterval;

    @Option(names = "--registration-concurrency", paramLabel = "N", defaultValue = "16",
            description = "Registrations in flight at once (default: ${DEFAULT-VALUE}).")
    int registrationConcurrency;

    @Option(names = "--engines", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "SERVING hosts run SIMULATED engines for the replicas the platform's maas-service assigns to "
                    + "them (default: on; --no-engines: heartbeats only).")
    boolean engines;

    /** Whose hosts: the owners' key files, or development keys derived from the seed. */
    static final class Owners {

        @Option(names = "--owner-key-file", paramLabel = "FILE",
                description = "Owner key file (mode 0600, one or more keys a file, one a line); repeatable.")
        List<Path> keyFiles;

        @Option(names = "--owners", paramLabel = "N",
                description = "Use N DEVELOPMENT owner keys derived from the seed (never for anything of value).")
        Integer derived;

        List<ECKeyPair> keys(long seed) {
            if (derived != null) {
                List<ECKeyPair> keys = DevOwnerKeys.derive(seed, derived);
                LOG.log(Level.INFO, "simulated fleet: development owners {0}", keys.stream().map(KeyFile::address).toList());
                return keys;
            }
            return keyFiles.stream().flatMap(file -> KeyFile.readAll(file).stream()).toList();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        FleetOptions heartbeating = new FleetOptions(platform.registryUrl(), chain.chainId, owners.keys(seed), size, seed,
                heartbeatInterval, registrationConcurrency, 4, Backoff.DEFAULT_INITIAL, Backoff.DEFAULT_CAP);
        FleetOptions options = engines ? heartbeating.withMaasUrl(platform.maasUrl()) : heartbeating;
        CountDownLatch stopped = new CountDownLatch(1);
        try (SimulatedFleet fleet = SimulatedFleet.start(options);
                SignalShutdown shutdown = SignalShutdown.register("simulated fleet: stopping", stopped::countDown)) {
            Duration report = heartbeatInterval.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : heartbeatInterval;
            while (!stopped.await(report.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.INFO, "simulated fleet of {0}: {1}", size, fleet.counters());
            }
            System.err.println("simulated fleet: " + fleet.counters());
        }
        return 0;
    }
}
