package io.athgrid.bench.heartbeat;

import io.athgrid.protocol.container.HeartbeatRequest;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The supply side's load target: N containers heartbeating into container-registry. Reports
 * verified heartbeats per second (paced and saturated), CPU per heartbeat, PostgreSQL writes per
 * second, and how long the registry takes to declare a silent container OFFLINE.
 */
public final class HeartbeatBenchmark {

    private static final int OWNERS = 10;

    private final HeartbeatBenchmarkOptions options;
    private final RegistryUnderTest registry;
    private final PostgresWrites postgres;
    private final OfflineWatch offline;
    private final CpuClock cpu = new CpuClock();
    private final Report report = new Report();

    private HeartbeatBenchmark(HeartbeatBenchmarkOptions options, RegistryUnderTest registry,
            PostgresWrites postgres, OfflineWatch offline) {
        this.options = options;
        this.registry = registry;
        this.postgres = postgres;
        this.offline = offline;
    }

    public static void run(HeartbeatBenchmarkOptions options) throws Exception {
        PostgresServer server = PostgresServer.shared();
        PostgresDatabase database = server.createDatabase("bench_registry");
        KafkaBroker kafka = KafkaBroker.shared();
        try (RegistryUnderTest registry = RegistryUnderTest.start(database, kafka, options.interval());
                OfflineWatch offline = new OfflineWatch(kafka.bootstrapServers())) {
            HeartbeatBenchmark benchmark =
                    new HeartbeatBenchmark(options, registry, new PostgresWrites(database), offline);
            benchmark.report.line("setup", options + ", PostgreSQL " + server.description() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
            benchmark.measure();
            benchmark.report.print(System.out);
        }
    }

    private void measure() throws Exception {
        List<SimulatedNode> nodes = register();
        paced(nodes);
        saturated(nodes.subList(options.sampleStopped(), nodes.size()));
    }

    private List<SimulatedNode> register() {
        List<Credentials> owners = IntStream.range(0, OWNERS)
                .mapToObj(i -> Credentials.create(Numeric.toHexString(
                        Hash.sha3(("athgrid-bench-owner-" + i).getBytes()))))
                .toList();
        List<SimulatedNode> nodes = IntStream.range(0, options.containers())
                .mapToObj(i -> new SimulatedNode(i, owners.get(i % OWNERS)))
                .toList();
        long started = System.nanoTime();
        new Registrations(registry.baseUrl(), RegistryUnderTest.CHAIN_ID).registerAll(nodes);
        double seconds = (System.nanoTime() - started) / 1e9;
        report.line("registration", String.format("%d containers registered in %.1f s (%.0f/s, two signatures "
                + "signed by the client and recovered by the registry per container)", nodes.size(), seconds,
                nodes.size() / seconds));
        return nodes;
    }

    /** Every container on its interval; at the end a sample goes silent and is watched going OFFLINE. */
    private void paced(List<SimulatedNode> nodes) throws Exception {
        int steadyCycles = options.cycles(options.steady());
        int silentCycles = options.cycles(options.interval().multipliedBy(6));
        long intervalMillis = options.interval().toMillis();
        long start = Instant.now().toEpochMilli() + estimatedSigningMillis(nodes.size() * (steadyCycles + silentCycles));
        List<PlannedHeartbeat> plan = IntStream.range(0, nodes.size()).parallel().boxed().flatMap(number -> {
            SimulatedNode node = nodes.get(number);
            boolean goesSilent = number < options.sampleStopped();
            long offset = number * intervalMillis / nodes.size();
            List<PlannedHeartbeat> own = new ArrayList<>();
            for (int cycle = 0; cycle < steadyCycles + silentCycles; cycle++) {
                if (goesSilent && cycle >= steadyCycles) {
                    break;
                }
                long due = start + cycle * intervalMillis + offset;
                own.add(planned(node, due, node.nextHeartbeat(due / 1000)));
            }
            return own.stream();
        }).sorted(Comparator.comparingLong(PlannedHeartbeat::dueMillis)).toList();
        report.line("paced plan", plan.size() + " heartbeats signed ahead; load starts "
                + Math.max(0, start - Instant.now().toEpochMilli()) + " ms after signing ended");

        LoadDriver driver = new LoadDriver(registry.baseUrl(), 128);
        // Containers registered early went OFFLINE while the rest registered; their first heartbeats
        // bring them back (a written state change each). Measure once all are back, for a third of
        // the steady stretch, before the sample goes silent.
        long windowLength = Math.max(intervalMillis, options.steady().toMillis() / 3);
        Window window = Window.whenSettled(start + intervalMillis, () -> offline.offlineNow() == 0, windowLength,
                cpu, postgres);
        driver.send(plan);
        window.await();
        report.line("paced warm-up", "all containers back online " + window.settledAfterMillis()
                + " ms after the first full heartbeat interval");
        report.line("paced answers", driver.statuses() + " (the silent sample's last heartbeats included)");
        reportPaced(window, nodes.size());
        reportDetection(nodes.subList(0, options.sampleStopped()), driver);
    }

    private void reportPaced(Window window, int containers) {
        double seconds = window.cpu().wallNanos() / 1e9;
        double offered = containers / (double) options.interval().toSeconds();
        report.line("paced load", String.format("%d containers every %d s = %.0f heartbeats/s offered",
                containers, options.interval().toSeconds(), offered));
        report.line("paced CPU per heartbeat", String.format("%.0f µs in the registry's HTTP threads, %.0f µs "
                + "for the whole process (load generator and Kafka included)",
                window.cpu().serverThreadsNanos() / 1e3 / (offered * seconds),
                window.cpu().processNanos() / 1e3 / (offered * seconds)));
        report.line("paced PostgreSQL writes", String.format("%.1f rows/s, %.1f commits/s, %.1f KiB WAL/s over %.0f s",
                window.postgres().rowsWritten() / seconds, window.postgres().commits() / seconds,
                window.postgres().walBytes() / 1024.0 / seconds, seconds));
    }

    private void reportDetection(List<SimulatedNode> silent, LoadDriver driver) throws InterruptedException {
        long deadline = System.currentTimeMillis() + options.interval().toMillis() * 10;
        List<Double> intervals = new ArrayList<>();
        for (SimulatedNode node : silent) {
            Long lastAccepted = driver.lastAccepted(node.containerId());
            if (lastAccepted == null) {
                continue;
            }
            Instant since = Instant.ofEpochMilli(lastAccepted);
            Instant wentOffline;
            while ((wentOffline = offline.wentOfflineAfter(node.containerId(), since)) == null
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            if (wentOffline != null) {
                intervals.add((wentOffline.toEpochMilli() - lastAccepted) / (double) options.interval().toMillis());
            }
        }
        intervals.sort(Comparator.naturalOrder());
        report.line("offline detection", intervals.isEmpty()
                ? "no silent container was declared OFFLINE within 10 intervals"
                : String.format("%d of %d silent containers OFFLINE; last heartbeat -> OFFLINE event: median %.2f, "
                        + "max %.2f heartbeat intervals", intervals.size(), silent.size(),
                        intervals.get(intervals.size() / 2), intervals.get(intervals.size() - 1)));
    }

    /** As many heartbeats as the registry takes, {@code concurrency} at a time. */
    private void saturated(List<SimulatedNode> nodes) throws Exception {
        int count = options.saturationHeartbeats();
        long sentAt = (Instant.now().toEpochMilli() + estimatedSigningMillis(count)) / 1000;
        int rounds = (count + nodes.size() - 1) / nodes.size();
        List<List<PlannedHeartbeat>> perNode = nodes.parallelStream()
                .map(node -> IntStream.range(0, rounds).mapToObj(r -> planned(node, 0, node.nextHeartbeat(sentAt))).toList())
                .toList();
        // Round-robin over the nodes, so one node's heartbeats are far apart and arrive in order.
        List<PlannedHeartbeat> plan = IntStream.range(0, count)
                .mapToObj(i -> perNode.get(i % nodes.size()).get(i / nodes.size()))
                .toList();
        LoadDriver driver = new LoadDriver(registry.baseUrl(), options.concurrency());
        CpuClock.Reading before = cpu.read();
        driver.send(plan);
        CpuClock.Reading used = cpu.read().minus(before);
        long accepted = driver.count(202);
        double seconds = used.wallNanos() / 1e9;
        report.line("saturated", String.format("%d heartbeats, %d in flight: %.0f verified heartbeats/s "
                + "(answers %s), latency p50 %.2f ms, p99 %.2f ms", count, options.concurrency(), accepted / seconds,
                driver.statuses(), driver.latencyMillis(50), driver.latencyMillis(99)));
        report.line("saturated CPU per heartbeat", String.format("%.0f µs in the registry's HTTP threads, %.0f µs "
                + "for the whole process", used.serverThreadsNanos() / 1e3 / accepted,
                used.processNanos() / 1e3 / accepted));
    }

    private static PlannedHeartbeat planned(SimulatedNode node, long due, HeartbeatRequest request) {
        return new PlannedHeartbeat(node, due, "/containers/" + node.containerId() + "/heartbeats",
                "{\"sequence\":" + request.sequence() + ",\"sentAt\":" + request.sentAt() + ",\"signature\":\""
                        + request.signature() + "\"}");
    }

    /** How long signing {@code count} heartbeats on every core takes, from a short sample, plus slack. */
    private static long estimatedSigningMillis(int count) {
        SimulatedNode probe = new SimulatedNode(-1, Credentials.create("0x01"));
        probe.registered("probe");
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            probe.nextHeartbeat(0);
        }
        double perSignature = (System.nanoTime() - started) / 200e6;
        return (long) (perSignature * count / Runtime.getRuntime().availableProcessors() * 1.5) + 5_000;
    }
}
