package io.athgrid.testsupport.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresServerIT {

    @Test
    void createdDatabasesAreSeparateAndUsable() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        PostgresDatabase orders = server.createDatabase("orders");
        PostgresDatabase billing = server.createDatabase("orders");

        assertThat(orders.name()).startsWith("orders_").isNotEqualTo(billing.name());
        execute(orders, "CREATE TABLE invoice (id bigint PRIMARY KEY)", "INSERT INTO invoice VALUES (1)");

        assertThat(queryLong(orders, "SELECT count(*) FROM invoice")).isEqualTo(1);
        assertThat(queryLong(billing, "SELECT count(*) FROM pg_tables WHERE tablename = 'invoice'")).isZero();
        assertThat(queryString(billing, "SELECT current_database()")).isEqualTo(billing.name());
    }

    @Test
    void theSharedServerIsChosenOnceAndSurvivesClose() {
        PostgresServer server = PostgresServer.shared();
        server.close();

        assertThat(PostgresServer.shared()).isSameAs(server);
        assertThat(server.createDatabase("after_close").jdbcUrl()).startsWith("jdbc:postgresql://");
    }

    @Test
    void namedDatabaseIsCreatedOnceAndThenReused() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        String name = DatabaseNames.unique("kept");
        PostgresDatabase first = server.database(name);
        execute(first, "CREATE TABLE kept_row (id int)");

        PostgresDatabase again = server.database(name);

        assertThat(again).isEqualTo(first);
        assertThat(queryLong(again, "SELECT count(*) FROM pg_tables WHERE tablename = 'kept_row'")).isEqualTo(1);
        execute(server, "DROP DATABASE " + name);
    }

    @Test
    void exitDropsRemoveDatabasesEvenWithOpenSessions() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        PostgresDatabase database = server.createDatabase("dropped");
        ExitDrops drops = new ExitDrops(server::connectAdmin);
        drops.add(database.name());

        try (Connection stillOpen = connect(database)) {
            drops.dropAll();

            assertThat(databaseExists(server, database.name())).isFalse();
            assertThatThrownBy(() -> stillOpen.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aConfiguredUrlComesFirst() throws SQLException {
        System.setProperty(SharedPostgres.URL_PROPERTY, "jdbc:postgresql://127.0.0.1:5432/postgres?ApplicationName=configured");
        try {
            PostgresServer configured = SharedPostgres.choose();
            PostgresDatabase database = configured.createDatabase("configured");

            assertThat(configured.description()).startsWith("configured by athgrid.test.postgres.url");
            assertThat(database.jdbcUrl()).endsWith("/" + database.name() + "?ApplicationName=configured");
            assertThat(queryString(database, "SELECT current_setting('application_name')")).isEqualTo("configured");
        } finally {
            System.clearProperty(SharedPostgres.URL_PROPERTY);
        }
    }

    static void execute(PostgresDatabase database, String... statements) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static long queryLong(PostgresDatabase database, String sql) throws SQLException {
        return Long.parseLong(queryString(database, sql));
    }

    static String queryString(PostgresDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(PostgresDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static void execute(PostgresServer server, String sql) throws SQLException {
        try (Connection connection = server.connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean databaseExists(PostgresServer server, String name) throws SQLException {
        try (Connection connection = server.connectAdmin();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rows.next();
            return rows.getLong(1) == 1;
        }
    }
}
