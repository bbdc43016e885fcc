package io.athgrid.support.flyway;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the platform's own tables (outbox, processed events) in each service schema before the
 * service's migrations. They keep a history table of their own, so platform and service versions
 * never collide and either can grow without the other.
 */
public class PlatformMigrations implements FlywayMigrationStrategy {

    static final String LOCATION = "classpath:db/platform";
    static final String HISTORY_TABLE = "flyway_platform_history";

    @Override
    public void migrate(Flyway service) {
        Flyway.configure()
                .configuration(service.getConfiguration())
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        // The platform tables make the schema non-empty; a baseline at 0 lets the service start at V1.
        Flyway.configure()
                .configuration(service.getConfiguration())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
