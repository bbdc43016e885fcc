package io.athgrid.testsupport.postgres;

import static io.athgrid.testsupport.postgres.PostgresServerIT.execute;
import static io.athgrid.testsupport.postgres.PostgresServerIT.queryLong;
import static io.athgrid.testsupport.postgres.PostgresServerIT.queryString;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run's PostgreSQL: zonky binaries, data kept in a directory across restarts. */
class EmbeddedPostgresIT {

    @Test
    void keepsDataInItsDirectoryAcrossRestarts(@TempDir Path dataDirectory) throws SQLException {
        int port;
        try (PostgresServer first = PostgresServer.embedded(dataDirectory, 0)) {
            PostgresDatabase registry = first.database("registry");
            execute(registry, "CREATE TABLE container (id text)", "INSERT INTO container VALUES ('gpu-1')");
            assertThat(queryString(registry, "SHOW server_version")).startsWith("17.");
            port = Integer.parseInt(queryString(registry, "SHOW port"));
        }

        try (PostgresServer second = PostgresServer.embedded(dataDirectory, port)) {
            PostgresDatabase registry = second.database("registry");

            assertThat(registry.jdbcUrl()).contains(":" + port + "/registry");
            assertThat(queryLong(registry, "SELECT count(*) FROM container WHERE id = 'gpu-1'")).isEqualTo(1);
            assertThat(queryString(second.createDatabase("scratch"), "SELECT current_database()")).startsWith("scratch_");
        }
    }
}
