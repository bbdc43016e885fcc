package io.athgrid.staking.settlement.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One sender at a time across replicas: nonces are chosen from what is stored and what the node
 * reports, which is only sound if no other replica signs meanwhile. A transaction-scoped advisory
 * lock on a connection of its own; it is released when that transaction ends, also when the
 * process dies, and the work's own transactions run on other connections.
 */
public class SenderLock {

    /** An arbitrary constant naming this lock among the schema's advisory locks. */
    private static final long LOCK_KEY = 0x6174686772696473L;

    private final DataSource dataSource;

    public SenderLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} unless another replica holds the lock; whether it ran. */
    public boolean runExclusively(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    return false;
                }
                work.run();
                return true;
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the settlement sender lock", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
