package io.athgrid.testsupport.postgres;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL in a Docker container, for machines with Docker but no local server. */
final class ContainerPostgres {

    static final String IMAGE = "postgres:17-alpine";

    private ContainerPostgres() {
    }

    static PostgresServer start(String reason) {
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(IMAGE));
        container.start();
        return new PostgresServer("Testcontainers " + IMAGE + " at " + container.getJdbcUrl() + " (" + reason + ")",
                JdbcLocation.parse(container.getJdbcUrl()), container.getUsername(), container.getPassword(),
                false, container::stop);
    }
}
