package io.athgrid.registry.lease;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.v1.JobStarted;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.events.v1.LeaseReleased;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaseChangeTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<String> CONTAINERS = List.of("c-1", "c-2");

    @Test
    void a_started_job_starts_a_lease_on_each_of_its_containers() {
        LeaseChange change = LeaseChange.of(new JobStarted("job-1", "order-1", 0, CONTAINERS, AT));

        assertThat(change.containerIds()).isEqualTo(CONTAINERS);
        assertThat(change.trigger()).isEqualTo(LifecycleTrigger.LEASE_STARTED);
        assertThat(change.note()).isEqualTo("job job-1 placement 0 started");
    }

    @Test
    void a_released_or_expired_lease_ends_it_and_says_why() {
        LeaseChange released = LeaseChange.of(
                new LeaseReleased("job-1", "order-1", 1, "res-1", CONTAINERS, "COMPLETED", AT));
        LeaseChange expired = LeaseChange.of(
                new LeaseExpired("job-2", "order-2", 0, "res-2", CONTAINERS, "CONTAINER_OFFLINE", AT, AT));

        assertThat(released.trigger()).isEqualTo(LifecycleTrigger.LEASE_ENDED);
        assertThat(released.note()).isEqualTo("job job-1 placement 1 released: COMPLETED");
        assertThat(expired.trigger()).isEqualTo(LifecycleTrigger.LEASE_ENDED);
        assertThat(expired.note()).isEqualTo("job job-2 placement 0 expired: CONTAINER_OFFLINE");
        assertThat(expired.containerIds()).isEqualTo(CONTAINERS);
    }

    @Test
    void a_note_without_reason_or_longer_than_the_history_column_still_fits() {
        LeaseChange noReason = LeaseChange.of(new LeaseReleased("job-1", "order-1", 0, "res-1", CONTAINERS, null, AT));
        LeaseChange longJob = LeaseChange.of(new JobStarted("j".repeat(600), "order-1", 0, CONTAINERS, AT));

        assertThat(noReason.note()).isEqualTo("job job-1 placement 0 released");
        assertThat(longJob.note()).hasSize(LeaseChange.MAX_NOTE);
    }
}
