package io.athgrid.bench.heartbeat;

import io.athgrid.registry.ContainerRegistryApplication;
import io.athgrid.support.ServiceApplications;
import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import java.time.Duration;
import org.springframework.context.ConfigurableApplicationContext;

/** container-registry as it runs in production, on a fresh database, with the given heartbeat rhythm. */
final class RegistryUnderTest implements AutoCloseable {

    static final String SECRET = "bench-internal-token-secret-0123456789abcdef";
    static final long CHAIN_ID = 421614;

    private final ConfigurableApplicationContext context;

    private RegistryUnderTest(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RegistryUnderTest start(PostgresDatabase database, KafkaBroker kafka, Duration interval) {
        ConfigurableApplicationContext context = ServiceApplications
                .create(ContainerRegistryApplication.class, ContainerRegistryApplication.CONFIG_NAME)
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "--athgrid.identity.internal-token.secret=" + SECRET,
                        "--athgrid.chain.chain-id=" + CHAIN_ID,
                        "--athgrid.registry.heartbeat-interval=" + interval.toMillis() + "ms",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        return new RegistryUnderTest(context);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        context.close();
    }
}
