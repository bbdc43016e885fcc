package io.athgrid.testsupport.postgres;

import io.athgrid.testsupport.host.ShutdownHooks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops, at JVM exit, the databases a test run created on a server that outlives it, so a
 * developer's PostgreSQL does not fill up with test databases.
 */
final class ExitDrops {

    private static final Logger log = LoggerFactory.getLogger(ExitDrops.class);

    private final Set<String> databases = ConcurrentHashMap.newKeySet();
    private final AdminConnector admin;

    ExitDrops(AdminConnector admin) {
        this.admin = admin;
        ShutdownHooks.register("drop-test-databases", this::dropAll);
    }

    void add(String database) {
        databases.add(database);
    }

    /** Drops every database added so far, ending the sessions still connected to them. */
    void dropAll() {
        if (databases.isEmpty()) {
            return;
        }
        try (Connection connection = admin.connect()) {
            for (String database : databases) {
                drop(connection, database);
                databases.remove(database);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not drop test databases {}: {}", databases, e.toString());
        }
    }

    private static void drop(Connection connection, String database) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // FORCE (PostgreSQL 13+) also ends the pools of application contexts still closing.
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        } catch (SQLException olderServer) {
            try (PreparedStatement terminate = connection.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                terminate.setString(1, database);
                terminate.execute();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS \"" + database + "\"");
            }
        }
    }
}
