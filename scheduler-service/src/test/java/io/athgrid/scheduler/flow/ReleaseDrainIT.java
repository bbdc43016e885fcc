package io.athgrid.scheduler.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.scheduler.fixtures.SchedulerScenarioBase;
import io.athgrid.scheduler.lease.ReleaseQueue;
import io.athgrid.scheduler.lease.Releases;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases keep pace with ended work: one run of the release worker drains the whole queue, not one
 * batch of it. The real indexer answers each release (404 for a reservation it does not hold, which
 * counts as released, as after a crash between releasing and dequeuing).
 */
class ReleaseDrainIT extends SchedulerScenarioBase {

    /** Ten batches: the worker's own runs (one a second) could not drain them while this one runs. */
    private static final int QUEUED = 500;

    @Autowired
    Releases releases;
    @Autowired
    ReleaseQueue queue;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void one_run_releases_every_queued_reservation_batch_after_batch() {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < QUEUED; i++) {
                queue.queue(UUID.randomUUID(), Instant.now());
            }
        });

        releases.releasePending();

        assertThat(jdbc.sql("select count(*) from pending_release").query(Long.class).single())
                .as("reservations still queued after one run").isZero();
    }
}
