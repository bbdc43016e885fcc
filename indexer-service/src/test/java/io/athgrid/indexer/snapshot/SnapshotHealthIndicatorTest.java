package io.athgrid.indexer.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.identity.InternalTokenProperties;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class SnapshotHealthIndicatorTest {

    private final RecordedRegistry registry = new RecordedRegistry();
    private final SnapshotLoader loader = new SnapshotLoader(new RegistrySnapshot(registry.url(),
            new InternalTokenIssuer(new InternalTokenProperties("health-indicator-test-secret-0123456789", null),
                    Clock.systemUTC()), 2, Duration.ofSeconds(5), Clock.systemUTC()), new CapacityIndex(0.5));

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void when_required_the_service_is_out_of_service_until_the_snapshot_is_loaded() {
        SnapshotHealthIndicator health = new SnapshotHealthIndicator(loader, true);
        registry.available(false);
        loader.loadIfPending();

        Health pending = health.health();
        assertThat(pending.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(pending.getDetails()).containsEntry("snapshotLoaded", false).containsEntry("failedAttempts", 1);

        registry.available(true);
        loader.loadIfPending();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void when_not_required_it_only_reports_the_snapshot_state() {
        registry.available(false);
        loader.loadIfPending();

        Health health = new SnapshotHealthIndicator(loader, false).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("snapshotLoaded", false);
    }
}
