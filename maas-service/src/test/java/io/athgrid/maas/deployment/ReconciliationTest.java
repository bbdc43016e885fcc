package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.maas.deployment.Reconciliation.End;
import io.athgrid.maas.deployment.Reconciliation.Start;
import io.athgrid.maas.deployment.Reconciliation.Wait;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requested replicas' orders are asked about, and what the scheduler's answer does to the replica. */
class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void an_order_is_due_once_reconcile_after_has_passed_since_it_was_recorded_and_last_asked_about() {
        Reconciliation reconciliation = new Reconciliation(Duration.ofSeconds(30));

        Instant before = reconciliation.lookedAtBefore(NOW);

        assertThat(before).isEqualTo(Instant.parse("2026-11-02T09:59:30Z"));
        assertThat(NOW.minusSeconds(31)).as("recorded 31 s ago: due").isBefore(before);
        assertThat(NOW.minusSeconds(30)).as("exactly 30 s ago: not yet").isEqualTo(before);
        assertThatThrownBy(() -> new Reconciliation(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reconciliation(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_running_job_starts_the_replica_on_its_first_container_as_its_job_started_would() {
        assertThat(Reconciliation.step(new OrderJob("RUNNING", null, List.of("c-1", "c-2"))))
                .isEqualTo(new Start("c-1"));
        assertThat(Reconciliation.step(new OrderJob("RUNNING", null, List.of())))
                .as("no container to start on: asked again later").isEqualTo(new Wait());
    }

    @Test
    void an_ended_job_fails_the_replica_with_what_the_scheduler_says() {
        assertThat(Reconciliation.step(new OrderJob("FAILED", "NO_CAPACITY", List.of())))
                .isEqualTo(new End("its job failed (NO_CAPACITY), the scheduler answered when asked"));
        assertThat(Reconciliation.step(new OrderJob("CANCELLED", "cancelled by its account", List.of())))
                .isEqualTo(new End("its order was cancelled at the scheduler, which answered when asked"));
        assertThat(Reconciliation.step(new OrderJob("COMPLETED", " ", List.of())))
                .isEqualTo(new End("its job completed (no reason given), the scheduler answered when asked"));
    }

    @Test
    void a_job_not_started_yet_or_in_an_unknown_status_leaves_the_replica_requested() {
        for (String status : List.of("SUBMITTED", "MATCHING", "PROVISIONING", "PAUSED", "running")) {
            assertThat(Reconciliation.step(new OrderJob(status, null, List.of("c-1")))).as(status)
                    .isEqualTo(new Wait());
        }
    }
}
