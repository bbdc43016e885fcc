package io.athgrid.testsupport.postgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** The developer's or CI machine's own PostgreSQL on the default port, with trust authentication. */
final class LocalPostgres {

    static final String ADDRESS = "127.0.0.1:5432";
    private static final JdbcLocation ADMIN = new JdbcLocation("127.0.0.1", 5432, "postgres", null);
    private static final String USER = "postgres";

    private LocalPostgres() {
    }

    /** Why the local server cannot be used, or empty when it can. */
    static Optional<String> problem() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
        } catch (IOException e) {
            return Optional.of("no answer on the port");
        }
        Properties login = new Properties();
        login.setProperty("user", USER);
        login.setProperty("connectTimeout", "2");
        login.setProperty("loginTimeout", "3");
        try (Connection connection = DriverManager.getConnection(ADMIN.url(), login)) {
            return connection.isValid(2) ? Optional.empty() : Optional.of("connection not valid");
        } catch (SQLException e) {
            return Optional.of("login as " + USER + " failed: " + e.getMessage());
        }
    }

    static PostgresServer server() {
        return new PostgresServer("PostgreSQL at " + ADDRESS + " as user " + USER + " (it answered)",
                ADMIN, USER, "", true, null);
    }
}
