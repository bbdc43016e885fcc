package io.athgrid.bench.heartbeat;

import io.athgrid.testsupport.postgres.PostgresDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rows written and transactions committed in the registry's database, from PostgreSQL's own
 * statistics ({@code pg_stat_database}), which backends report at least every second while busy.
 */
final class PostgresWrites {

    record Reading(long rowsWritten, long commits, long walBytes) {

        Reading minus(Reading earlier) {
            return new Reading(rowsWritten - earlier.rowsWritten, commits - earlier.commits,
                    walBytes - earlier.walBytes);
        }
    }

    private final PostgresDatabase database;

    PostgresWrites(PostgresDatabase database) {
        this.database = database;
    }

    Reading read() {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select tup_inserted + tup_updated + tup_deleted, xact_commit,
                               pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint
                        from pg_stat_database where datname = current_database()""")) {
            row.next();
            return new Reading(row.getLong(1), row.getLong(2), row.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read PostgreSQL statistics", e);
        }
    }
}
