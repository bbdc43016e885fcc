package io.athgrid.testsupport.postgres;

import io.athgrid.testsupport.host.Settings;
import io.athgrid.testsupport.host.ShutdownHooks;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** Chooses, once per JVM, the PostgreSQL server that tests share. */
final class SharedPostgres {

    static final String URL_PROPERTY = "athgrid.test.postgres.url";
    static final String USER_PROPERTY = "athgrid.test.postgres.user";
    static final String PASSWORD_PROPERTY = "athgrid.test.postgres.password";

    private static final Logger log = LoggerFactory.getLogger(SharedPostgres.class);
    private static PostgresServer instance;

    private SharedPostgres() {
    }

    static synchronized PostgresServer get() {
        if (instance == null) {
            instance = choose();
            log.info("PostgreSQL for this JVM: {}", instance.description());
        }
        return instance;
    }

    static synchronized PostgresServer peek() {
        return instance;
    }

    /** Applies the selection order; package-private so a test can check each branch. */
    static PostgresServer choose() {
        Optional<String> configuredUrl = Settings.get(URL_PROPERTY);
        if (configuredUrl.isPresent()) {
            String url = configuredUrl.get();
            return new PostgresServer("configured by " + URL_PROPERTY + ": " + url, JdbcLocation.parse(url),
                    Settings.get(USER_PROPERTY).orElse("postgres"), Settings.get(PASSWORD_PROPERTY).orElse(""),
                    true, null);
        }
        Optional<String> localProblem = LocalPostgres.problem();
        if (localProblem.isEmpty()) {
            return LocalPostgres.server();
        }
        PostgresServer started = dockerAvailable()
                ? ContainerPostgres.start("nothing usable at " + LocalPostgres.ADDRESS + " (" + localProblem.get()
                        + "), Docker is available")
                : EmbeddedPostgresServers.startTemporary("nothing usable at " + LocalPostgres.ADDRESS + " ("
                        + localProblem.get() + ") and no Docker");
        ShutdownHooks.register("shared-postgres", started::stop);
        return started;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
