package io.athgrid.testsupport.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server that hands out databases. Tests use {@link #shared()} and ask for a fresh
 * database each; the local run uses {@link #embedded(Path, int)} and keeps its data.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String DUPLICATE_DATABASE = "42P04";

    private final String description;
    private final JdbcLocation admin;
    private final String username;
    private final String password;
    private final ExitDrops exitDrops;
    private final AutoCloseable stopper;

    /**
     * @param dropDatabasesAtExit true for a server that outlives the JVM, so created databases
     *                            do not pile up on it
     * @param stopper             stops a server this JVM started, or null for one it only uses
     */
    PostgresServer(String description, JdbcLocation admin, String username, String password,
                   boolean dropDatabasesAtExit, AutoCloseable stopper) {
        this.description = description;
        this.admin = admin;
        this.username = username;
        this.password = password;
        this.stopper = stopper;
        this.exitDrops = dropDatabasesAtExit ? new ExitDrops(this::connectAdmin) : null;
    }

    /**
     * The server tests share in this JVM, chosen once: a configured one
     * ({@code athgrid.test.postgres.url}), the one on 127.0.0.1:5432, a Testcontainers
     * {@code postgres:17-alpine}, or an embedded PostgreSQL 17.
     */
    public static PostgresServer shared() {
        return SharedPostgres.get();
    }

    /**
     * Starts an embedded PostgreSQL 17 whose data lives in {@code dataDirectory} and survives
     * restarts. Port 0 picks a free port. Stop it with {@link #close()}.
     */
    public static PostgresServer embedded(Path dataDirectory, int port) {
        return EmbeddedPostgresServers.start(dataDirectory, port);
    }

    /** Creates an empty database named {@code namePrefix} plus a random suffix. */
    public PostgresDatabase createDatabase(String namePrefix) {
        String name = DatabaseNames.unique(namePrefix);
        execute("CREATE DATABASE \"" + name + "\"");
        if (exitDrops != null) {
            exitDrops.add(name);
        }
        return describe(name);
    }

    /**
     * The database with exactly this name, created when missing and never dropped: for a local
     * run that wants its data back after a restart.
     */
    public PostgresDatabase database(String name) {
        DatabaseNames.requireValid(name);
        try (Connection connection = connectAdmin();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    createIfStillMissing(connection, name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open database " + name + " on " + description, e);
        }
        return describe(name);
    }

    /** Where this server is and how it was chosen, for logs. */
    public String description() {
        return description;
    }

    /** Stops a server this object started; a no-op for the shared one, which stops at JVM exit. */
    @Override
    public void close() {
        if (this == SharedPostgres.peek()) {
            return;
        }
        stop();
    }

    void stop() {
        if (stopper == null) {
            return;
        }
        try {
            stopper.close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop " + description, e);
        }
    }

    Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(admin.url(), username, password);
    }

    private void createIfStillMissing(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on " + description, e);
        }
    }

    private PostgresDatabase describe(String name) {
        return new PostgresDatabase(admin.urlOf(name), username, password, name);
    }

    @Override
    public String toString() {
        return "PostgresServer[" + description + "]";
    }
}
