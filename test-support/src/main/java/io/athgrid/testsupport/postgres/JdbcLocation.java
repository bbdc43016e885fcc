package io.athgrid.testsupport.postgres;

import java.net.URI;

/** Host, port and parameters of a PostgreSQL JDBC URL, so URLs for other databases can be built. */
record JdbcLocation(String host, int port, String database, String query) {

    private static final String PREFIX = "jdbc:postgresql://";

    static JdbcLocation parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create("postgresql://" + jdbcUrl.substring(PREFIX.length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new JdbcLocation(
                uri.getHost(),
                uri.getPort() == -1 ? 5432 : uri.getPort(),
                path.isEmpty() ? "postgres" : path,
                uri.getRawQuery());
    }

    String url() {
        return urlOf(database);
    }

    String urlOf(String otherDatabase) {
        return PREFIX + host + ":" + port + "/" + otherDatabase + (query == null ? "" : "?" + query);
    }
}
