package io.athgrid.indexer.snapshot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the index was rebuilt from the registry. Before that it serves from events only and may
 * miss containers; with {@code athgrid.indexer.snapshot.required-for-readiness} it reports
 * OUT_OF_SERVICE until then (include it in the readiness group to keep traffic away).
 */
public class SnapshotHealthIndicator implements HealthIndicator {

    private final SnapshotLoader loader;
    private final boolean required;

    public SnapshotHealthIndicator(SnapshotLoader loader, boolean required) {
        this.loader = loader;
        this.required = required;
    }

    @Override
    public Health health() {
        Health.Builder health = loader.loaded() || !required ? Health.up() : Health.outOfService();
        return health.withDetail("snapshotLoaded", loader.loaded())
                .withDetail("failedAttempts", loader.failedAttempts())
                .build();
    }
}
