package io.athgrid.bench.jobs;

import io.athgrid.bench.http.KeepAliveConnection;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demand side's load target: enterprises submit orders through the gateway at a steady rate;
 * each is measured from the moment it is sent to the moment its {@code JobMatched} reaches a Kafka
 * consumer, through scheduler-service (order, job and outbox in PostgreSQL, the reservation at
 * indexer-service in the same request) and the outbox relay.
 */
public final class JobsBenchmark {

    private static final Duration DRAIN = Duration.ofSeconds(15);
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobsBenchmarkOptions options;
    private final JobsPlatform platform;
    private final GatewaySetup gateway;
    private final Credentials operator;
    private final JobsReport report = new JobsReport();
    private final ConcurrentHashMap<String, JobTrace> traces = new ConcurrentHashMap<>();

    private JobsBenchmark(JobsBenchmarkOptions options, JobsPlatform platform, Credentials operator) {
        this.options = options;
        this.platform = platform;
        this.gateway = new GatewaySetup(platform.gatewayUrl());
        this.operator = operator;
    }

    public static void run(JobsBenchmarkOptions options) throws Exception {
        PostgresServer server = PostgresServer.shared();
        PostgresDatabase database = server.createDatabase("bench_jobs");
        KafkaBroker kafka = KafkaBroker.shared();
        Credentials operator = Credentials.create(Numeric.toHexString(Hash.sha3("athgrid-bench-operator".getBytes())));
        int highest = options.rates().stream().mapToInt(Integer::intValue).max().orElseThrow();
        // Orders and their cancellations share the enterprise's limit; the limit is not what is measured.
        try (JobsPlatform platform = JobsPlatform.start(database, kafka, operator.getAddress(), highest * 4)) {
            JobsBenchmark benchmark = new JobsBenchmark(options, platform, operator);
            benchmark.report.line("setup", options + ", PostgreSQL " + server.description() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
            benchmark.measure(kafka.bootstrapServers());
            benchmark.report.print(System.out);
        }
    }

    private void measure(String bootstrapServers) throws Exception {
        String apiKey = gateway.enterpriseApiKey(gateway.signIn(operator), "bench-" + System.currentTimeMillis());
        feedCapacity(bootstrapServers);
        probe(apiKey);
        List<StepFigures> steps = new ArrayList<>();
        try (Cancellations cancellations = new Cancellations("localhost", platform.gatewayPort(), apiKey, 32);
                JobMatchedWatch watch = new JobMatchedWatch(bootstrapServers, traces, cancellations::cancel);
                OrderLoad load = new OrderLoad("localhost", platform.gatewayPort(), apiKey, options.connections(),
                        traces, cancellations::cancel)) {
            watch.awaitAssignment(Duration.ofSeconds(30));
            idle();
            for (int rate : options.rates()) {
                if (!steps.isEmpty() && steps.get(steps.size() - 1).overloaded()) {
                    report.line("not offered", rate + " jobs/s: the platform already fell behind at "
                            + steps.get(steps.size() - 1).offeredRate() + " jobs/s");
                    continue;
                }
                StepFigures step = step(load, rate);
                steps.add(step);
                report.step(step);
                settle(cancellations);
            }
            report.line("cancellations", "answers " + cancellations.statuses());
        }
        report.verdict(steps);
    }

    private void feedCapacity(String bootstrapServers) throws InterruptedException {
        long started = System.nanoTime();
        new ContainerFeed(bootstrapServers).publishStandby(options.containers());
        String session = gateway.signIn(operator);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long lastShown = 0;
        for (GatewaySetup.Capacity capacity = gateway.capacity(session); capacity.standby() < options.containers();
                capacity = gateway.capacity(session)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the indexer did not index " + options.containers() + " containers: "
                        + capacity);
            }
            if (System.nanoTime() - lastShown > 5e9) {
                System.out.println("[bench] indexed so far: " + capacity);
                lastShown = System.nanoTime();
            }
            Thread.sleep(500);
        }
        report.line("capacity", String.format("%d STANDBY containers (8 x H100_SXM, us-east, %s) published on "
                + "athgrid.containers as the registry does and indexed %.1f s later", options.containers(),
                ContainerFeed.SERVICE, (System.nanoTime() - started) / 1e9));
    }

    /**
     * Orders until one is matched at once: the scheduler's market summary (read every 5 s) then
     * offers the capacity. Every probe order is cancelled again, so the index starts the load empty.
     */
    private void probe(String apiKey) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KeepAliveConnection connection = new KeepAliveConnection("localhost", platform.gatewayPort(), apiKey)) {
            boolean matched = false;
            while (!matched) {
                KeepAliveConnection.Answer answer = connection.post("/api/scheduler/orders", OrderLoad.ORDER);
                if (answer.status() == 201) {
                    matched = answer.body().contains("\"PROVISIONING\"");
                    String orderId = JSON.readTree(answer.body()).path("orderId").asString();
                    connection.post("/api/scheduler/orders/" + orderId + "/cancel", "{}");
                }
                if (!matched && System.nanoTime() > deadline) {
                    throw new IllegalStateException("no order was matched at once: " + answer);
                }
                if (!matched) {
                    Thread.sleep(1_000);
                }
            }
        }
    }

    /** What the platform spends with no orders at all: its pollers, relays, consumers and timers. */
    private void idle() throws InterruptedException {
        CpuUse cpu = new CpuUse(platform.schedulerPort(), platform.indexerPort());
        CpuUse.Reading before = cpu.read();
        Thread.sleep(10_000);
        CpuUse.Reading after = cpu.read();
        report.line("idle CPU (10 s, no orders)", JobsReport.percentages(after.percentSince(before)) + "; busiest: "
                + JobsReport.percentages(after.busiestSince(before, 6)));
    }

    private StepFigures step(OrderLoad load, int rate) throws InterruptedException {
        CpuUse cpu = new CpuUse(platform.schedulerPort(), platform.indexerPort());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-jobs-clock");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long warmUpMillis = options.warmUp().toMillis();
            ScheduledFuture<CpuUse.Reading> before = clock.schedule(cpu::read, warmUpMillis, TimeUnit.MILLISECONDS);
            ScheduledFuture<CpuUse.Reading> after = clock.schedule(cpu::read,
                    warmUpMillis + options.measured().toMillis(), TimeUnit.MILLISECONDS);
            List<OrderLoad.Sent> sent = load.offer(rate, options.warmUp().plus(options.measured()));
            awaitMatched(sent);
            long firstDue = sent.stream().mapToLong(OrderLoad.Sent::dueNanos).min().orElseThrow();
            long from = firstDue + options.warmUp().toNanos();
            long to = from + options.measured().toNanos();
            Map<String, Double> cpuPercent = after.get().percentSince(before.get());
            return StepFigures.of(rate, sent, traces, from, to, cpuPercent, after.get().busiestSince(before.get(), 10));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            clock.shutdownNow();
        }
    }

    private void awaitMatched(List<OrderLoad.Sent> sent) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < deadline && sent.stream().filter(order -> order.status() == 201)
                .anyMatch(order -> !traces.get(order.jobId()).wasMatched())) {
            Thread.sleep(100);
        }
    }

    /** Lets the cancellations finish and the index free every reservation before the next rate. */
    private void settle(Cancellations cancellations) throws InterruptedException {
        String session = gateway.signIn(operator);
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline
                && (cancellations.outstanding() > 0 || gateway.capacity(session).reserved() > 0)) {
            Thread.sleep(250);
        }
        report.line("settled", "cancellations outstanding " + cancellations.outstanding() + ", reserved "
                + gateway.capacity(session).reserved());
    }
}
