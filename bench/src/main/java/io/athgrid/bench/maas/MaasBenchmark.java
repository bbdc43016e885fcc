package io.athgrid.bench.maas;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.bench.BenchServices;
import io.athgrid.agent.workload.EngineTiming;
import io.athgrid.agent.workload.simulated.SimulatedEngine;
import io.athgrid.bench.jobs.GatewaySetup;
import io.athgrid.gateway.GatewayApplication;
import io.athgrid.maas.MaasApplication;
import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.DeploymentStore;
import io.athgrid.maas.deployment.Replica;
import io.athgrid.maas.deployment.ReplicaBounds;
import io.athgrid.support.ServiceApplications;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import io.athgrid.testsupport.host.FreePorts;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import io.athgrid.testsupport.postgres.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * What the MaaS path adds to a streamed completion: the same SIMULATED engine (node-agent's, with an
 * 8B-on-H100 token timing) called directly and through gateway-service and maas-service, alternately,
 * request after request; then completions per second through the gateway with concurrent clients.
 * maas-service and the gateway run in this JVM on embedded PostgreSQL and Kafka, as in the local run; the
 * deployment is written READY through maas-service's own store, as the placement would leave it.
 */
public final class MaasBenchmark {

    private static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";

    private MaasBenchmark() {
    }

    public static void run(String[] args) throws Exception {
        int requests = intOption(args, "--requests=", 300);
        int concurrency = intOption(args, "--concurrency=", 32);
        int seconds = intOption(args, "--seconds=", 20);
        int warmupSeconds = intOption(args, "--warmup-seconds=", 30);
        PostgresServer server = PostgresServer.shared();
        PostgresDatabase database = server.createDatabase("bench_maas");
        KafkaBroker kafka = KafkaBroker.shared();
        Credentials operator = Credentials.create(Numeric.toHexString(Hash.sha3("athgrid-bench-operator".getBytes())));
        try (BenchServices services = new BenchServices(database, kafka);
                SimulatedEngine engine = SimulatedEngine.start(EngineSpec.of(MODEL).withMaxModelLen(16384)
                .withTiming(EngineTiming.H100_8B))) {
            ConfigurableApplicationContext maas = services.start(ServiceApplications.create(MaasApplication.class,
                    MaasApplication.CONFIG_NAME), FreePorts.next(), List.of());
            int maasPort = BenchServices.port(maas);
            int gatewayPort = FreePorts.next();
            services.start(GatewayApplication.application(), gatewayPort, List.of(
                    "--athgrid.gateway.routes.maas=http://127.0.0.1:" + maasPort,
                    "--athgrid.gateway.session-token.secret=bench-session-token-secret-0123456789abcdef",
                    "--athgrid.gateway.operators=" + operator.getAddress(),
                    "--athgrid.gateway.siwe.domain=localhost:" + gatewayPort,
                    "--athgrid.gateway.siwe.uri=http://localhost:" + gatewayPort,
                    "--athgrid.gateway.rate-limit.backend=in-memory",
                    "--athgrid.gateway.rate-limit.enterprise.replenish-rate=100000",
                    "--athgrid.gateway.rate-limit.enterprise.burst-capacity=100000",
                    "--logging.level.io.athgrid.gateway.requestid.AccessLog=WARN"));
            String gateway = "http://localhost:" + gatewayPort;
            GatewaySetup setup = new GatewaySetup(gateway);
            GatewaySetup.Enterprise enterprise = setup.enterprise(setup.signIn(operator), "bench-maas");
            deploy(maas, enterprise.id(), engine.endpoint());

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String body = "{\"model\": \"" + MODEL + "\", \"messages\": [{\"role\": \"user\", \"content\": "
                    + "\"Tell me about decentralized GPU clouds\"}], \"max_tokens\": 32, \"stream\": true}";
            URI direct = engine.endpoint().resolve("/v1/chat/completions");
            URI viaGateway = URI.create(gateway + "/v1/chat/completions");
            URI viaMaas = URI.create("http://127.0.0.1:" + maasPort + "/v1/chat/completions");
            // maas-service alone, called as the gateway calls it: with an internal token for the enterprise.
            InternalTokenIssuer tokens = new InternalTokenIssuer(new InternalTokenProperties(BenchServices.INTERNAL_SECRET, Duration.ofHours(1)),
                    Clock.systemUTC());
            String internalToken = tokens.issue(Caller.enterprise(enterprise.id()), "bench");
            // Steady state, as JMH would measure it: a few thousand calls let the JIT compile the gateway's,
            // Tomcat's and maas-service's paths before anything is timed (30 calls leave them interpreted).
            Load warmup = throughput(http, viaGateway, enterprise.apiKey(), concurrency, Duration.ofSeconds(warmupSeconds));
            System.out.printf(Locale.ROOT, "warm-up: %d s of %d clients through gateway+maas, %d calls%n", warmupSeconds,
                    concurrency, warmup.ok() + warmup.failed());
            for (int i = 0; i < 100; i++) {
                StreamTiming.measure(http, direct, null, body);
                StreamTiming.measure(http, viaMaas, internalToken, body);
                StreamTiming.measure(http, viaGateway, enterprise.apiKey(), body);
            }
            List<StreamTiming> directTimings = new ArrayList<>();
            List<StreamTiming> maasTimings = new ArrayList<>();
            List<StreamTiming> gatewayTimings = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                directTimings.add(StreamTiming.measure(http, direct, null, body));
                maasTimings.add(StreamTiming.measure(http, viaMaas, internalToken, body));
                gatewayTimings.add(StreamTiming.measure(http, viaGateway, enterprise.apiKey(), body));
            }
            System.out.println("setup: " + requests + " streamed chat completions each way (32 tokens, engine timing "
                    + "25 ms + 0.05 ms/prompt token to the first token, 12 ms per token), PostgreSQL "
                    + server.description() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + Runtime.version());
            report("direct to the engine ", directTimings);
            report("maas-service alone   ", maasTimings);
            report("through gateway+maas ", gatewayTimings);
            System.out.printf(Locale.ROOT, "added by the MaaS path: first token p50 %.2f ms, p99 %.2f ms; per streamed "
                            + "token (mean gap) p50 %.3f ms%n",
                    ms(percentile(firstTokens(gatewayTimings), 50) - percentile(firstTokens(directTimings), 50)),
                    ms(percentile(firstTokens(gatewayTimings), 99) - percentile(firstTokens(directTimings), 99)),
                    ms(percentile(gaps(gatewayTimings), 50) - percentile(gaps(directTimings), 50)));
            Load load = throughput(http, viaGateway, enterprise.apiKey(), concurrency, Duration.ofSeconds(seconds));
            System.out.printf(Locale.ROOT, "throughput through gateway+maas: %d clients, %d s: %.0f completions/s "
                    + "(1 token each; %d answered 200, %d failed)%n", concurrency, seconds,
                    load.ok() / (double) seconds, load.ok(), load.failed());
            if (load.firstFailure() != null) {
                System.out.println("first failure: " + load.firstFailure());
            }
        }
    }

    /** Completions answered 200 and failed by a load run, with the first failure if any. */
    private record Load(long ok, long failed, String firstFailure) {
    }

    private static Load throughput(HttpClient http, URI url, String apiKey, int concurrency, Duration length)
            throws InterruptedException {
        String body = "{\"model\": \"" + MODEL + "\", \"messages\": [{\"role\": \"user\", \"content\": \"ping\"}], "
                + "\"max_tokens\": 1}";
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            workers.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url)
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(length.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
        return new Load(ok.get(), failed.get(), firstFailure.get());
    }

    private static void deploy(ConfigurableApplicationContext maas, String tenant, URI engine) {
        DeploymentStore store = maas.getBean(DeploymentStore.class);
        Deployment created = Deployment.create("bench-" + tenant, tenant, MODEL, "H100_SXM", "us-east",
                new ReplicaBounds(1, 1));
        Replica replica = created.replicas().get(0);
        Deployment ready = created.placed(replica.replicaId(), "bench-container").engineAt(replica.replicaId(), engine)
                .healthy(replica.replicaId());
        new TransactionTemplate(maas.getBean(PlatformTransactionManager.class)).executeWithoutResult(
                status -> store.insert(ready, Instant.now(), "written READY by the benchmark"));
    }

    private static void report(String label, List<StreamTiming> timings) {
        System.out.printf(Locale.ROOT, "%s first token p50 %.2f ms, p99 %.2f ms; gap between tokens p50 %.3f ms, "
                        + "p99 %.3f ms%n", label, ms(percentile(firstTokens(timings), 50)),
                ms(percentile(firstTokens(timings), 99)), ms(percentile(gaps(timings), 50)), ms(percentile(gaps(timings), 99)));
    }

    private static long[] firstTokens(List<StreamTiming> timings) {
        return timings.stream().mapToLong(StreamTiming::firstTokenNanos).toArray();
    }

    private static long[] gaps(List<StreamTiming> timings) {
        return timings.stream().mapToLong(StreamTiming::meanGapNanos).toArray();
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static int intOption(String[] args, String prefix, int fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).findFirst()
                .map(arg -> Integer.parseInt(arg.substring(prefix.length()))).orElse(fallback);
    }
}
