package io.athgrid.checker.assignment;

import static io.athgrid.checker.fixtures.Checkers.CONTAINER_OWNER;
import static io.athgrid.checker.fixtures.Checkers.NOW;
import static io.athgrid.checker.fixtures.Checkers.license;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.protocol.check.CheckKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckJobTest {

    private final DueCheck due = new DueCheck("c-1", CheckKind.LIVENESS, NOW, NOW.plusSeconds(60));

    private CheckJob assigned() {
        return CheckJob.assign(due, CONTAINER_OWNER, "SERVING", NOW.plusSeconds(60), 3,
                List.of(license(1, "eu-west"), license(2, "us-east"), license(3, "ap-south")), NOW,
                Duration.ofSeconds(20));
    }

    @Test
    void seats_the_planned_licenses_with_their_answer_time() {
        CheckJob job = assigned();

        assertThat(job.jobId()).isEqualTo(due.jobId());
        assertThat(job.openSeats()).extracting(Seat::licenseId).containsExactly(1L, 2L, 3L);
        assertThat(job.seatOf(2)).map(Seat::answerBy).contains(NOW.plusSeconds(20));
    }

    @Test
    void a_late_replacement_must_answer_before_the_job_is_decided() {
        CheckJob job = assigned().mark(1, SeatState.TIMED_OUT).seat(4, NOW.plusSeconds(50), Duration.ofSeconds(20));

        assertThat(job.seatOf(4)).map(Seat::answerBy).contains(NOW.plusSeconds(60));
        assertThat(job.everSeated()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(job.openSeats()).extracting(Seat::licenseId).containsExactly(2L, 3L, 4L);
    }

    @Test
    void a_license_never_sits_twice_on_one_job() {
        CheckJob job = assigned().mark(1, SeatState.TIMED_OUT);

        assertThatThrownBy(() -> job.seat(1, NOW, Duration.ofSeconds(20))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> job.mark(9, SeatState.REPORTED)).isInstanceOf(IllegalArgumentException.class);
    }
}
