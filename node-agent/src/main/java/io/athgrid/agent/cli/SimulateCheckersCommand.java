package io.athgrid.agent.cli;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.checker.PlatformCallException;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.simulation.FleetOptions;
import io.athgrid.agent.simulation.SimulatedFleet;
import io.athgrid.agent.simulation.checker.CheckerLicenseSetup;
import io.athgrid.agent.simulation.checker.CheckerOwnerKeys;
import io.athgrid.agent.simulation.checker.GroundTruth;
import io.athgrid.agent.simulation.checker.SimulatedCheckers;
import io.athgrid.agent.simulation.checker.SimulatedCheckersOptions;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** SIMULATED checkers in this process, with licenses minted and delegated on a devnet, optionally beside a simulated fleet. */
@Command(name = "simulate-checkers", mixinStandardHelpOptions = true,
        description = {"Runs SIMULATED checkers in this process until SIGINT/SIGTERM: each gets a new burner wallet and a "
                + "CheckerLicense minted (by the minter) to a development owner wallet and delegated to the burner, then "
                + "signs in, polls for assignments and submits signed reports.",
                "They read the ground truth of the simulated fleet run in the same process (--fleet-size): a host is "
                        + "reachable while it heartbeats, and impostors (--impostors) fail capacity checks. Without a "
                        + "fleet they leave every assignment unanswered."})
public final class SimulateCheckersCommand implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(SimulateCheckersCommand.class.getName());
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofMinutes(5);

    @Mixin
    PlatformOptions platform;

    @Option(names = "--chain-id", paramLabel = "ID", defaultValue = "421614",
            description = "Chain of the licenses and the signed reports (default: ${DEFAULT-VALUE}).")
    long chainId;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "Number of checkers (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--liars", paramLabel = "K", defaultValue = "0",
            description = "How many of them report the opposite of what they find (default: ${DEFAULT-VALUE}).")
    int liars;

    @Option(names = "--rpc-url", required = true, paramLabel = "URL", description = "JSON-RPC URL of the chain, e.g. http://127.0.0.1:8545.")
    String rpcUrl;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Minter minter;

    @Option(names = "--license-contract", paramLabel = "0x...",
            description = "The CheckerLicense contract (default: the one the platform names at /api/checker/domain).")
    String licenseContract;

    @Option(names = "--license-owners", paramLabel = "N", defaultValue = "10",
            description = "DEVELOPMENT owner wallets (derived from the seed) the licenses are minted to (default: ${DEFAULT-VALUE}).")
    int licenseOwners;

    @Option(names = "--license-days", paramLabel = "DAYS", defaultValue = "365",
            description = "How long the delegation to each burner lasts (default: ${DEFAULT-VALUE}).")
    int licenseDays;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the license owners' keys and of the fleet's spread (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--poll-interval", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "Time between two polls of each checker (default: ${DEFAULT-VALUE}).")
    Duration pollInterval;

    @Option(names = "--fleet-size", paramLabel = "N", defaultValue = "0",
            description = "Also run a SIMULATED fleet of N hosts in this process, whose truth the checkers know (default: ${DEFAULT-VALUE}).")
    int fleetSize;

    @Option(names = "--impostors", paramLabel = "N", defaultValue = "0",
            description = "Of the fleet's hosts with 2 or more GPUs, the first N claim twice the GPUs they have (default: ${DEFAULT-VALUE}).")
    int impostors;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    FleetCommand.Owners fleetOwners;

    @Option(names = "--heartbeat-interval", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "The fleet's heartbeat interval until the registry names its own (default: ${DEFAULT-VALUE}).")
    Duration heartbeatInterval;

    /** Who mints the licenses: a holder of MINTER_ROLE (anvil's dev account 0 on a devnet). */
    static final class Minter {

        @Option(names = "--minter-key", paramLabel = "0x...",
                description = "The minter's private key in hex; for anvil's public dev keys only (it shows in the process list).")
        String hex;

        @Option(names = "--minter-key-file", paramLabel = "FILE", description = "A file (mode 0600) with the minter's private key.")
        Path file;

        ECKeyPair key() {
            if (file != null) {
                return KeyFile.read(file);
            }
            if (!hex.matches("(0x)?[0-9a-fA-F]{64}")) {
                throw new AgentException("--minter-key must be 0x and 64 hex digits");
            }
            return ECKeyPair.create(Numeric.toBigInt(hex));
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        ECKeyPair minterKey = minter.key();
        SimulatedFleet fleet = fleetSize > 0 ? startFleet() : null;
        SimulatedCheckers checkers = new SimulatedCheckers(SimulatedCheckersOptions.of(platform.platform, chainId, count)
                .withLiars(liars).withPollInterval(pollInterval), fleet == null ? GroundTruth.NONE : fleet::host);
        Web3j web3j = Web3j.build(new HttpService(rpcUrl));
        CountDownLatch stopped = new CountDownLatch(1);
        try (SignalShutdown shutdown = SignalShutdown.register("simulated checkers: stopping", stopped::countDown)) {
            if (fleet == null) {
                LOG.log(Level.WARNING, "simulated checkers: no simulated fleet in this process (--fleet-size), so they know "
                        + "no host's truth and leave every assignment unanswered");
            }
            new CheckerLicenseSetup(web3j, chainId, Credentials.create(minterKey), contract(checkers))
                    .delegate(CheckerOwnerKeys.derive(seed, licenseOwners), checkers.burners(), Duration.ofDays(licenseDays));
            LOG.log(Level.INFO, "simulated checkers: lying burners {0}", checkers.liars());
            checkers.start();
            Duration report = pollInterval.compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30) : pollInterval;
            while (!stopped.await(report.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.INFO, "simulated checkers: {0}", checkers.counters());
            }
            System.err.println("simulated checkers: " + checkers.counters());
            return 0;
        } finally {
            checkers.stop();
            if (fleet != null) {
                fleet.close();
            }
            web3j.shutdown();
        }
    }

    private String contract(SimulatedCheckers checkers) {
        if (licenseContract != null) {
            return licenseContract;
        }
        try {
            return checkers.domain().licenseContract();
        } catch (PlatformCallException e) {
            throw new AgentException("cannot learn the CheckerLicense contract from the platform (" + e.getMessage()
                    + "); name it with --license-contract");
        }
    }

    private SimulatedFleet startFleet() throws InterruptedException {
        if (fleetOwners == null) {
            throw new AgentException("a simulated fleet (--fleet-size) needs its owners: --owners N or --owner-key-file FILE");
        }
        FleetOptions options = new FleetOptions(platform.registryUrl(), chainId, fleetOwners.keys(seed), fleetSize, seed,
                heartbeatInterval, 16, 4, Backoff.DEFAULT_INITIAL, Backoff.DEFAULT_CAP).withImpostors(impostors);
        SimulatedFleet fleet = SimulatedFleet.start(options);
        if (!fleet.awaitRegistered(REGISTRATION_TIMEOUT)) {
            LOG.log(Level.WARNING, "simulated fleet: {0} of {1} hosts registered", fleet.counters().registered(), fleetSize);
        }
        LOG.log(Level.INFO, "simulated fleet: impostors (claim GPUs they lack) {0}", fleet.impostors());
        return fleet;
    }
}
