package io.athgrid.bench.jobs;

import io.athgrid.bench.BenchServices;
import io.athgrid.gateway.GatewayApplication;
import io.athgrid.indexer.IndexerApplication;
import io.athgrid.scheduler.SchedulerApplication;
import io.athgrid.support.ServiceApplications;
import io.athgrid.testsupport.host.FreePorts;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * The services an order passes through, in this JVM as in the local run: indexer-service,
 * scheduler-service and gateway-service in front of them, on one database (a schema each) and one
 * Kafka broker. Their own configuration files, logging at WARN. The registry is not on the path: the
 * indexer learns of containers from the container events alone, with no snapshot to read.
 */
final class JobsPlatform implements AutoCloseable {

    static final String INTERNAL_SECRET = BenchServices.INTERNAL_SECRET;
    private static final String SESSION_SECRET = "bench-session-token-secret-0123456789abcdef";

    private final BenchServices services;
    private int indexerPort;
    private int schedulerPort;
    private int gatewayPort;

    private JobsPlatform(BenchServices services) {
        this.services = services;
    }

    /**
     * @param operatorAddress the wallet that signs in as operator to register the enterprise
     * @param enterpriseRate  the enterprise rate limit (requests/s, and as burst), above the offered load
     */
    static JobsPlatform start(PostgresDatabase database, KafkaBroker kafka, String operatorAddress, int enterpriseRate) {
        JobsPlatform platform = new JobsPlatform(new BenchServices(database, kafka));
        try {
            platform.indexerPort = platform.run(ServiceApplications.create(IndexerApplication.class,
                    IndexerApplication.CONFIG_NAME), FreePorts.next(), List.of(
                    "--athgrid.indexer.registry-url=http://127.0.0.1:9",
                    "--athgrid.indexer.snapshot.retry-interval=1h"));
            platform.schedulerPort = platform.run(ServiceApplications.create(SchedulerApplication.class,
                    SchedulerApplication.CONFIG_NAME), FreePorts.next(), List.of(
                    "--athgrid.scheduler.indexer-url=http://127.0.0.1:" + platform.indexerPort));
            int port = FreePorts.next();
            platform.gatewayPort = platform.run(GatewayApplication.application(), port, List.of(
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
                    "--logging.level.io.athgrid.gateway.requestid.AccessLog=WARN"));
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private int run(SpringApplication application, int port, List<String> own) {
        return BenchServices.port(services.start(application, port, own));
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
        services.close();
    }
}
