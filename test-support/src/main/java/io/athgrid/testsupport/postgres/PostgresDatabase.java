package io.athgrid.testsupport.postgres;

/** A database on a {@link PostgresServer} and what a JDBC client needs to reach it. */
public record PostgresDatabase(String jdbcUrl, String username, String password, String name) {

    @Override
    public String toString() {
        return "PostgresDatabase[" + jdbcUrl + " as " + username + "]";
    }
}
