package io.athgrid.testsupport.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** PostgreSQL 17 started from the zonky binaries inside this JVM's process tree. */
final class EmbeddedPostgresServers {

    private static final String USER = "postgres";

    private EmbeddedPostgresServers() {
    }

    /** A server whose data is kept in {@code dataDirectory} across restarts. */
    static PostgresServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDirectory, e);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        return start(builder, port, "embedded PostgreSQL 17 with data in " + dataDirectory);
    }

    /** A throw-away server for tests; its data directory is removed when it stops. */
    static PostgresServer startTemporary(String reason) {
        return start(EmbeddedPostgres.builder(), 0, "embedded PostgreSQL 17 (" + reason + ")");
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder, int port, String description) {
        if (port != 0) {
            builder.setPort(port);
        }
        try {
            EmbeddedPostgres postgres = builder.start();
            JdbcLocation admin = new JdbcLocation("localhost", postgres.getPort(), "postgres", null);
            return new PostgresServer(description + " on port " + postgres.getPort(), admin, USER, "", false,
                    postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + description, e);
        }
    }
}
