package io.athgrid.checker.assignment;

import static io.athgrid.checker.fixtures.Checkers.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.fixtures.Checkers;
import io.athgrid.protocol.check.CheckKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReassignmentsTest {

    @Test
    void a_seat_not_answered_in_time_goes_to_another_license() {
        CheckJob job = Checkers.reported(Checkers.livenessJob(1, 2, 3), 2);

        assertThat(Reassignments.overdue(job, NOW.plusSeconds(19))).isEmpty();
        assertThat(Reassignments.overdue(job, NOW.plusSeconds(20))).containsExactly(
                new SeatRelease(job.jobId(), 1, SeatState.TIMED_OUT, true),
                new SeatRelease(job.jobId(), 3, SeatState.TIMED_OUT, true));
    }

    @Test
    void at_the_decision_time_an_unanswered_seat_is_given_up_without_a_replacement() {
        CheckJob job = Checkers.livenessJob(1);

        assertThat(Reassignments.overdue(job, job.decideBy()))
                .containsExactly(new SeatRelease(job.jobId(), 1, SeatState.TIMED_OUT, false));
        assertThat(Reassignments.overdue(job.decide(job.decideBy()), job.decideBy())).isEmpty();
    }

    @Test
    void an_offline_checker_loses_its_open_seats_and_its_capacity_checks_are_void() {
        CheckJob liveness = Checkers.livenessJob(1, 2, 3);
        CheckJob capacity = Checkers.job(CheckKind.CAPACITY, "STANDBY", 3, 1, 4, 5);
        CheckJob qoeReported = Checkers.reported(Checkers.job(CheckKind.QOE, "SERVING", 3, 1, 6, 7), 1);
        CheckJob decided = Checkers.livenessJob(1, 8, 9).decide(NOW);

        List<SeatRelease> releases = Reassignments.checkerOffline(1, List.of(liveness, capacity, qoeReported, decided),
                NOW.plusSeconds(10));

        assertThat(releases).containsExactly(
                new SeatRelease(liveness.jobId(), 1, SeatState.WITHDRAWN, true),
                new SeatRelease(capacity.jobId(), 1, SeatState.VOIDED, true));
    }
}
