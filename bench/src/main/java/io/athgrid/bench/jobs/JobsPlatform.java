package io.athgrid.bench.jobs;

import io.athgrid.gateway.GatewayApplication;
import io.athgrid.indexer.IndexerApplication;
import io.athgrid.scheduler.SchedulerApplication;
import io.athgrid.support.ServiceApplications;
import io.athgrid.testsupport.host.FreePorts;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The services an order passes through, in this JVM as in the local run: indexer-service,
 * scheduler-service and gateway-service in front of them, on one database (a schema each) and one
 * Kafka broker. Their own configuration files, logging at WARN. The registry is not on the path: the
 * indexer learns of containers from the container events alone, with no snapshot to read.
 */
final class JobsPlatform implements AutoCloseable {

    static final String INTERNAL_SECRET = "bench-internal-token-secret-0123456789abcdef";
    private static final String SESSION_SECRET = "bench-session-token-secret-0123456789abcdef";

    private final Deque<ConfigurableApplicationContext> contexts = new ArrayDeque<>();
    private int indexerPort;
    private int schedulerPort;
    private int gatewayPort;

    private JobsPlatform() {
    }

    /**
     * @param operatorAddress the wallet that signs in as operator to register the enterprise
     * @param enterpriseRate  the enterprise rate limit (requests/s, and as burst), above the offered load
     */
    static JobsPlatform start(PostgresDatabase database, KafkaBroker kafka, String operatorAddress, int enterpriseRate) {
        JobsPlatform platform = new JobsPlatform();
        try {
            platform.indexerPort = platform.run(ServiceApplications.create(IndexerApplication.class,
                    IndexerApplication.CONFIG_NAME), common(database, kafka, FreePorts.next(), List.of(
                    "--athgrid.indexer.registry-url=http://127.0.0.1:9",
                    "--athgrid.indexer.snapshot.retry-interval=1h")));
            platform.schedulerPort = platform.run(ServiceApplications.create(SchedulerApplication.class,
                    SchedulerApplication.CONFIG_NAME), common(database, kafka, FreePorts.next(), List.of(
                    "--athgrid.scheduler.indexer-url=http://127.0.0.1:" + platform.indexerPort)));
            int port = FreePorts.next();
            platform.gatewayPort = platform.run(GatewayApplication.application(), common(database, kafka, port, List.of(
                    "--athgrid.gateway.routes.scheduler=http://127.0.0.1:" + platform.schedulerPort,
                    "--athgrid.gateway.routes.indexer=http://127.0.0.1:" + platform.indexerPort,
                    "--athgrid.gateway.session-token.secret=" + SESSION_SECRET,
                    "--athgrid.gateway.operators=" + operatorAddress,
                    "--athgrid.gateway.siwe.domain=localhost:" + port,
                    "--athgrid.gateway.siwe.uri=http://localhost:" + port,
                    // One gateway instance: its own buckets; Redis would add a round trip per request.
                    "--athgrid.gateway.rate-limit.backend=in-memory",
                    "--athgrid.gateway.rate-limit.enterprise.replenish-rate=" + enterpriseRate,
                    "--athgrid.gateway.rate-limit.enterprise.burst-capacity=" + enterpriseRate,
                    "--logging.level.io.athgrid.gateway.requestid.AccessLog=WARN")));
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** Fixed ports, not 0: Tomcat names its threads after the port, and {@link CpuUse} tells them apart by it. */
    private static List<String> common(PostgresDatabase database, KafkaBroker kafka, int port, List<String> own) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--athgrid.identity.internal-token.secret=" + INTERNAL_SECRET,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // The services name their own loggers at INFO (the gateway's access log among them).
                "--logging.level.io.athgrid=WARN"));
        arguments.addAll(own);
        return arguments;
    }

    private int run(SpringApplication application, List<String> arguments) {
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
        contexts.push(context);
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    int gatewayPort() {
        return gatewayPort;
    }

    int schedulerPort() {
        return schedulerPort;
    }

    int indexerPort() {
        return indexerPort;
    }

    @Override
    public void close() {
        while (!contexts.isEmpty()) {
            contexts.pop().close();
        }
    }
}
