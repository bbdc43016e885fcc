package io.athgrid.scheduler.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobTest {

    private static final UUID JOB = UUID.randomUUID();
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static Instant later(long seconds) {
        return NOW.plusSeconds(seconds);
    }

    private static Job submittedNow() {
        return Job.submitted(JOB, ORDER, NOW, NOW, null, later(30));
    }

    private static Job provisioning(UUID reservation) {
        return submittedNow().matched(reservation, later(5), later(305), later(605));
    }

    @Test
    void a_job_due_now_goes_straight_to_matching_claimed_by_its_submitter() {
        Job job = Job.submitted(JOB, ORDER, NOW, NOW, null, later(30));

        assertThat(job.status()).isEqualTo(JobStatus.MATCHING);
        assertThat(job.placement()).isEqualTo(1);
        assertThat(job.nextAttemptAt()).isEqualTo(later(30));
        assertThat(job.matchingSince()).isEqualTo(NOW);
        assertThat(job.submittedAt()).isEqualTo(NOW);
        assertThat(job.reservationId()).isNull();
        assertThat(job.reservationKey()).contains(JOB.toString())
                .isEqualTo(Job.submitted(JOB, ORDER, later(1), NOW, null, later(31)).reservationKey());
    }

    @Test
    void a_job_whose_start_has_just_passed_is_due_now() {
        assertThat(Job.submitted(JOB, ORDER, NOW, NOW.minusSeconds(20), null, later(30)).status())
                .isEqualTo(JobStatus.MATCHING);
    }

    @Test
    void a_reserved_job_starting_later_waits_submitted_until_its_start() {
        Instant startsAt = later(86_400);
        Instant reservedEnd = startsAt.plus(Duration.ofDays(2));

        Job job = Job.submitted(JOB, ORDER, NOW, startsAt, reservedEnd, later(30));

        assertThat(job.status()).isEqualTo(JobStatus.SUBMITTED);
        assertThat(job.nextAttemptAt()).isEqualTo(startsAt);
        assertThat(job.matchingSince()).isNull();
        assertThat(job.endsAt()).isEqualTo(reservedEnd);
    }

    @Test
    void a_submitted_job_taken_up_by_matching_records_since_when() {
        Job waiting = Job.submitted(JOB, ORDER, NOW, later(3_600), later(90_000), later(30));

        Job matching = waiting.matching(later(3_600), later(3_630));

        assertThat(matching.status()).isEqualTo(JobStatus.MATCHING);
        assertThat(matching.matchingSince()).isEqualTo(later(3_600));
        assertThat(matching.nextAttemptAt()).isEqualTo(later(3_630));
        assertThat(matching.endsAt()).isEqualTo(later(90_000));
    }

    @Test
    void a_job_still_matching_keeps_when_it_began_matching_and_its_last_reasons() {
        Job unmatched = submittedNow().unmatched("{\"gpuModel\":3}", later(60));

        Job again = unmatched.matching(later(60), later(90));

        assertThat(again.status()).isEqualTo(JobStatus.MATCHING);
        assertThat(again.matchingSince()).isEqualTo(NOW);
        assertThat(again.nextAttemptAt()).isEqualTo(later(90));
        assertThat(again.noMatch()).isEqualTo("{\"gpuModel\":3}");
    }

    @Test
    void an_unmatched_job_keeps_the_reasons_and_when_to_retry() {
        Job job = submittedNow().unmatched("{\"price\":2}", later(60));

        assertThat(job.status()).isEqualTo(JobStatus.MATCHING);
        assertThat(job.noMatch()).isEqualTo("{\"price\":2}");
        assertThat(job.nextAttemptAt()).isEqualTo(later(60));
        assertThat(job.matchingSince()).isEqualTo(NOW);
    }

    @Test
    void only_a_matching_job_can_be_unmatched() {
        Job waiting = Job.submitted(JOB, ORDER, NOW, later(3_600), later(90_000), later(30));

        assertThatThrownBy(() -> waiting.unmatched("{}", later(60))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> provisioning(UUID.randomUUID()).unmatched("{}", later(60)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_lapsed_reservation_makes_the_next_attempt_ask_under_a_new_key_at_once() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Job matching = Job.submitted(UUID.randomUUID(), UUID.randomUUID(), now, now, null, now.plusSeconds(30));

        Job fresh = matching.withFreshReservationKey(now.plusSeconds(1));

        assertThat(fresh.status()).isEqualTo(JobStatus.MATCHING);
        assertThat(fresh.placement()).isEqualTo(matching.placement() + 1);
        assertThat(fresh.reservationKey()).isNotEqualTo(matching.reservationKey());
        assertThat(fresh.nextAttemptAt()).isEqualTo(now.plusSeconds(1));
        assertThat(fresh.matchingSince()).isEqualTo(matching.matchingSince());
    }

    @Test
    void a_matched_job_is_provisioning_on_its_reservation_and_forgets_its_matching_state() {
        UUID reservation = UUID.randomUUID();
        Job matched = submittedNow().unmatched("{\"price\":2}", later(60))
                .matched(reservation, later(61), later(361), later(661));

        assertThat(matched.status()).isEqualTo(JobStatus.PROVISIONING);
        assertThat(matched.reservationId()).isEqualTo(reservation);
        assertThat(matched.matchedAt()).isEqualTo(later(61));
        assertThat(matched.provisionDueAt()).isEqualTo(later(361));
        assertThat(matched.renewedUntil()).isEqualTo(later(661));
        assertThat(matched.nextAttemptAt()).isNull();
        assertThat(matched.matchingSince()).isNull();
        assertThat(matched.noMatch()).isNull();
        assertThat(matched.placement()).isEqualTo(1);
    }

    @Test
    void a_job_not_matching_cannot_be_matched() {
        Job waiting = Job.submitted(JOB, ORDER, NOW, later(3_600), later(90_000), later(30));

        assertThatThrownBy(() -> waiting.matched(UUID.randomUUID(), NOW, later(300), later(600)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_on_demand_job_with_a_duration_ends_that_long_after_it_starts() {
        Job running = provisioning(UUID.randomUUID()).started(later(100), Duration.ofHours(2));

        assertThat(running.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(running.startedAt()).isEqualTo(later(100));
        assertThat(running.endsAt()).isEqualTo(later(100).plus(Duration.ofHours(2)));
        assertThat(running.provisionDueAt()).isNull();
    }

    @Test
    void an_open_on_demand_job_has_no_end() {
        Job running = provisioning(UUID.randomUUID()).started(later(100), null);

        assertThat(running.endsAt()).isNull();
    }

    @Test
    void a_reserved_job_keeps_its_reserved_end() {
        Job reserved = Job.submitted(JOB, ORDER, NOW, NOW, later(86_400), later(30))
                .matched(UUID.randomUUID(), later(5), later(305), later(605));

        Job running = reserved.started(later(100), null);

        assertThat(running.endsAt()).isEqualTo(later(86_400));
    }

    @Test
    void a_rescheduled_job_keeps_its_first_start_and_end_when_it_starts_again() {
        Duration limit = Duration.ofHours(2);
        Job first = provisioning(UUID.randomUUID()).started(later(100), limit);
        Job rematched = first.rescheduled(later(1_000), "CONTAINER_LOST")
                .matched(UUID.randomUUID(), later(1_010), later(1_310), later(1_610));

        Job restarted = rematched.started(later(1_100), limit);

        assertThat(restarted.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(restarted.startedAt()).isEqualTo(later(100));
        assertThat(restarted.endsAt()).isEqualTo(later(100).plus(limit));
        assertThat(restarted.placement()).isEqualTo(2);
    }

    @Test
    void only_a_provisioning_job_can_start() {
        assertThatThrownBy(() -> submittedNow().started(later(10), null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_job_that_lost_its_containers_is_matched_again_at_once_for_its_next_placement() {
        UUID reservation = UUID.randomUUID();
        Job running = provisioning(reservation).started(later(100), null);

        Job rescheduled = running.rescheduled(later(1_000), "CONTAINER_LOST");

        assertThat(rescheduled.status()).isEqualTo(JobStatus.MATCHING);
        assertThat(rescheduled.placement()).isEqualTo(2);
        assertThat(rescheduled.reservationKey()).contains(JOB.toString()).isNotEqualTo(running.reservationKey());
        assertThat(running.reservationKey()).isEqualTo(submittedNow().reservationKey());
        assertThat(rescheduled.reservationId()).isNull();
        assertThat(rescheduled.nextAttemptAt()).isEqualTo(later(1_000));
        assertThat(rescheduled.matchingSince()).isEqualTo(later(1_000));
        assertThat(rescheduled.renewedUntil()).isNull();
        assertThat(rescheduled.statusReason()).isEqualTo("CONTAINER_LOST");
        assertThat(rescheduled.startedAt()).isEqualTo(later(100));
    }

    @Test
    void a_job_that_never_started_can_be_rescheduled_from_provisioning() {
        Job rescheduled = provisioning(UUID.randomUUID()).rescheduled(later(400), "PROVISION_TIMEOUT");

        assertThat(rescheduled.status()).isEqualTo(JobStatus.MATCHING);
        assertThat(rescheduled.placement()).isEqualTo(2);
    }

    @Test
    void a_finished_job_records_when_and_why() {
        Job running = provisioning(UUID.randomUUID()).started(later(100), null);

        Job completed = running.finished(JobStatus.COMPLETED, later(7_300), "DURATION_REACHED");

        assertThat(completed.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(completed.finishedAt()).isEqualTo(later(7_300));
        assertThat(completed.statusReason()).isEqualTo("DURATION_REACHED");
        assertThat(completed.nextAttemptAt()).isNull();
        assertThat(completed.renewedUntil()).isNull();
    }

    @Test
    void a_job_waiting_for_capacity_can_fail_or_be_cancelled() {
        assertThat(submittedNow().finished(JobStatus.FAILED, later(60), "NO_CAPACITY").status())
                .isEqualTo(JobStatus.FAILED);
        Job waiting = Job.submitted(JOB, ORDER, NOW, later(3_600), later(90_000), later(30));
        assertThat(waiting.finished(JobStatus.CANCELLED, later(60), "BY_CUSTOMER").status())
                .isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void only_a_terminal_status_finishes_a_job() {
        Job running = provisioning(UUID.randomUUID()).started(later(100), null);

        assertThatThrownBy(() -> running.finished(JobStatus.MATCHING, later(200), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_moves_the_design_does_not_allow() {
        Job waiting = Job.submitted(JOB, ORDER, NOW, later(3_600), later(90_000), later(30));
        Job completed = provisioning(UUID.randomUUID()).started(later(100), null)
                .finished(JobStatus.COMPLETED, later(200), "DONE");

        assertThatThrownBy(() -> waiting.finished(JobStatus.COMPLETED, later(60), "x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submittedNow().finished(JobStatus.COMPLETED, later(60), "x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> completed.finished(JobStatus.CANCELLED, later(300), "x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> completed.matching(later(300), later(330)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> completed.rescheduled(later(300), "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> completed.started(later(300), null)).isInstanceOf(IllegalStateException.class);
    }
}
