package io.athgrid.bench;

import io.athgrid.testsupport.kafka.KafkaBroker;
import io.athgrid.testsupport.postgres.PostgresDatabase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Platform services started in a benchmark's JVM as the local run starts them: each with its own
 * configuration file, all on one database (a schema each) and one Kafka broker, logging at WARN, and
 * closed in reverse order.
 */
public final class BenchServices implements AutoCloseable {

    /** The internal-token secret every service of a run shares. */
    public static final String INTERNAL_SECRET = "bench-internal-token-secret-0123456789abcdef";

    private final PostgresDatabase database;
    private final KafkaBroker kafka;
    private final Deque<ConfigurableApplicationContext> contexts = new ArrayDeque<>();

    public BenchServices(PostgresDatabase database, KafkaBroker kafka) {
        this.database = database;
        this.kafka = kafka;
    }

    /**
     * Starts {@code application} on {@code port} with the shared settings and its {@code own}.
     * Fixed ports, not 0: Tomcat names its threads after the port, and CPU accounting tells them apart by it.
     */
    public ConfigurableApplicationContext start(SpringApplication application, int port, List<String> own) {
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
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
        contexts.push(context);
        return context;
    }

    public static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Override
    public void close() {
        while (!contexts.isEmpty()) {
            contexts.pop().close();
        }
    }
}
