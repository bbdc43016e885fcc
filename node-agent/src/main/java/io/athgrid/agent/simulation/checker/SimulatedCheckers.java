package io.athgrid.agent.simulation.checker;

import io.athgrid.agent.checker.CheckerApi;
import io.athgrid.agent.checker.CheckerClient;
import io.athgrid.agent.checker.CheckerRuntime;
import io.athgrid.agent.checker.Probe;
import io.athgrid.agent.heartbeat.DaemonScheduler;
import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import io.athgrid.protocol.check.CheckerDomain;
import java.lang.System.Logger.Level;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * Many SIMULATED checkers in one process, for the local run and demos: each is the real checker
 * client ({@link CheckerClient}: SIWE sign-in, polling, EIP-712 signed reports) with its own new
 * burner wallet, but measures with a {@link SimulatedProbe} that reads the ground truth of the
 * simulated hosts in this process; {@code liars} of them, spread evenly over the list, lie ({@link LyingProbe}). They
 * share one HTTP client, a small poll scheduler and a few probe threads.
 *
 * <pre>{@code
 * SimulatedCheckers checkers = new SimulatedCheckers(
 *         SimulatedCheckersOptions.of(URI.create("http://localhost:8080"), 421614, 100).withLiars(2), fleet::host);
 * new CheckerLicenseSetup(web3j, 421614, minter, contracts.checkerLicense())
 *         .delegate(CheckerOwnerKeys.derive(42, 10), checkers.burners(), Duration.ofDays(365));
 * checkers.start();
 * ...
 * checkers.stop();
 * }</pre>
 *
 * Burner keys live in memory only: a new process is a new set of checkers, which need licenses of their own.
 */
public final class SimulatedCheckers implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimulatedCheckers.class.getName());

    private final SimulatedCheckersOptions options;
    private final List<CheckerClient> clients = new ArrayList<>();
    private final List<String> liars = new ArrayList<>();
    private final SimulatedCheckerCounters counters = new SimulatedCheckerCounters();
    private final ScheduledExecutorService scheduler;
    private final ExecutorService probes;
    private final SplittableRandom startJitter = new SplittableRandom();
    private final AtomicBoolean stopped = new AtomicBoolean();

    public SimulatedCheckers(SimulatedCheckersOptions options, GroundTruth truth) {
        this.options = options;
        this.scheduler = DaemonScheduler.create("simulated-checker-poll", options.schedulerThreads());
        this.probes = Executors.newFixedThreadPool(options.probeThreads(), DaemonScheduler.daemonThreads("simulated-checker-probe"));
        CheckerRuntime runtime = new CheckerRuntime(
                new CheckerApi(RegistryClient.newHttpClient(), options.platform(), options.requestTimeout()), scheduler, probes,
                Clock.systemUTC(), new Backoff(options.backoffInitial(), options.backoffCap(), new SplittableRandom()),
                options.pollInterval());
        Probe honest = new SimulatedProbe(truth);
        Probe lying = new LyingProbe(honest);
        // Liars spread over the list start polling apart: the first checkers online take the backlog of
        // checks waiting at start, and two liars among them would form majorities of their own.
        int liarSpacing = options.liars() == 0 ? 0 : options.count() / options.liars();
        for (int number = 1; number <= options.count(); number++) {
            boolean liar = liarSpacing > 0 && number % liarSpacing == 0 && number / liarSpacing <= options.liars();
            CheckerClient client = new CheckerClient("simulated checker " + number + (liar ? " (liar)" : ""), newBurner(),
                    options.chainId(), liar ? lying : honest, runtime, counters);
            clients.add(client);
            if (liar) {
                liars.add(client.wallet());
            }
        }
    }

    /** The checkers' burner wallets (lower-case addresses), in checker order: one license each goes to them. */
    public List<String> burners() {
        return clients.stream().map(CheckerClient::wallet).toList();
    }

    /** The burner wallets of the lying checkers. */
    public List<String> liars() {
        return List.copyOf(liars);
    }

    /**
     * The domain the platform signs reports in, read by the first checker (which signs in for it);
     * its {@code licenseContract} is the CheckerLicense the checkers need licenses of.
     */
    public CheckerDomain domain() {
        return clients.get(0).session().domain();
    }

    /** Every checker starts polling within one poll interval, each at its own moment, so the load is even. */
    public void start() {
        LOG.log(Level.INFO, "simulated checkers: {0} checkers ({1} lying) polling {2} every {3} s", clients.size(),
                liars.size(), options.platform(), options.pollInterval().toSeconds());
        long interval = options.pollInterval().toMillis();
        for (int i = 0; i < clients.size(); i++) {
            long slot = interval * i / clients.size();
            clients.get(i).start(Duration.ofMillis(slot + startJitter.nextLong(Math.max(interval / clients.size(), 1))));
        }
    }

    public SimulatedCheckerCounters counters() {
        return counters;
    }

    /** Stops every checker; they cannot be started again. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        clients.forEach(CheckerClient::close);
        scheduler.shutdownNow();
        probes.shutdownNow();
        LOG.log(Level.INFO, "simulated checkers: stopped ({0})", counters);
    }

    @Override
    public void close() {
        stop();
    }

    private static ECKeyPair newBurner() {
        try {
            return Keys.createEcKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no secure random source for a burner key", e);
        }
    }
}
