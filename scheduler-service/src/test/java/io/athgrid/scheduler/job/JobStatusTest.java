package io.athgrid.scheduler.job;

import static io.athgrid.scheduler.job.JobStatus.CANCELLED;
import static io.athgrid.scheduler.job.JobStatus.COMPLETED;
import static io.athgrid.scheduler.job.JobStatus.FAILED;
import static io.athgrid.scheduler.job.JobStatus.MATCHING;
import static io.athgrid.scheduler.job.JobStatus.PROVISIONING;
import static io.athgrid.scheduler.job.JobStatus.RUNNING;
import static io.athgrid.scheduler.job.JobStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobStatusTest {

    /** The design's life of a job, written out independently of the enum: from -> every allowed target. */
    private static final Map<JobStatus, Set<JobStatus>> ALLOWED = Map.of(
            SUBMITTED, EnumSet.of(MATCHING, CANCELLED),
            MATCHING, EnumSet.of(PROVISIONING, FAILED, CANCELLED),
            PROVISIONING, EnumSet.of(RUNNING, MATCHING, FAILED, CANCELLED),
            RUNNING, EnumSet.of(MATCHING, COMPLETED, FAILED, CANCELLED),
            COMPLETED, EnumSet.noneOf(JobStatus.class),
            FAILED, EnumSet.noneOf(JobStatus.class),
            CANCELLED, EnumSet.noneOf(JobStatus.class));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (JobStatus from : JobStatus.values()) {
            for (JobStatus to : JobStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @Test
    void the_table_covers_all_49_pairs() {
        assertThat(everyPair()).hasSize(49);
        assertThat(ALLOWED).containsOnlyKeys(JobStatus.values());
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void moves_only_as_the_design_allows(JobStatus from, JobStatus to, boolean allowed) {
        assertThat(from.next().contains(to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(from.name()).hasMessageContaining(to.name());
        }
    }

    @Test
    void completed_failed_and_cancelled_end_a_job() {
        assertThat(EnumSet.allOf(JobStatus.class).stream().filter(JobStatus::terminal))
                .containsExactlyInAnyOrder(COMPLETED, FAILED, CANCELLED);
    }

    @Test
    void provisioning_and_running_jobs_hold_containers() {
        assertThat(EnumSet.allOf(JobStatus.class).stream().filter(JobStatus::placed))
                .containsExactlyInAnyOrder(PROVISIONING, RUNNING);
    }

    @Test
    void any_job_not_ended_can_be_cancelled() {
        for (JobStatus status : JobStatus.values()) {
            assertThat(status.next().contains(CANCELLED)).isEqualTo(!status.terminal());
        }
    }
}
