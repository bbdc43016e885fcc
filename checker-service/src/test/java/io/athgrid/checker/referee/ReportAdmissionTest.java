package io.athgrid.checker.referee;

import static io.athgrid.checker.fixtures.Checkers.ALIVE;
import static io.athgrid.checker.fixtures.Checkers.CONTAINER_OWNER;
import static io.athgrid.checker.fixtures.Checkers.DOMAIN;
import static io.athgrid.checker.fixtures.Checkers.NOW;
import static io.athgrid.checker.fixtures.Checkers.UNREACHABLE;
import static io.athgrid.checker.fixtures.Checkers.license;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.License;
import io.athgrid.checker.assignment.SeatState;
import io.athgrid.checker.fixtures.Checkers;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.SignedCheckReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportAdmissionTest {

    private final ReportAdmission admission = new ReportAdmission(DOMAIN, Duration.ofSeconds(5));
    private final CheckJob job = Checkers.livenessJob(1, 2, 3);
    private final License one = license(1, "eu-west");

    private Optional<RejectionReason> rejection(SubmittedReport report, CheckJob onJob, License as, Instant at) {
        return admission.admit(report, Optional.ofNullable(onJob), Optional.ofNullable(as), at).rejection();
    }

    private Optional<RejectionReason> rejection(SubmittedReport report) {
        return rejection(report, job, one, NOW.plusSeconds(6));
    }

    private static SubmittedReport signedAt(CheckJob job, Instant submittedAt) {
        return new SubmittedReport(Checkers.signed(job, 1, ALIVE, submittedAt), ALIVE, NOW.plusSeconds(6));
    }

    @Test
    void a_report_signed_by_the_licenses_runner_for_its_open_seat_is_admitted_with_its_signer() {
        Admission admitted = admission.admit(Checkers.submitted(job, 1, ALIVE), Optional.of(job), Optional.of(one),
                NOW.plusSeconds(6));

        assertThat(admitted.accepted()).isTrue();
        assertThat(admitted.admitted().orElseThrow().signer()).isEqualTo(Checkers.runner(1).getAddress());
        assertThat(admitted.admitted().orElseThrow().resultHash()).isEqualTo(ALIVE.resultHash());
    }

    @Test
    void a_forged_or_malformed_signature_is_refused() {
        CheckReport report = CheckReport.of(job.jobId(), 1, job.containerId(), ALIVE, NOW.getEpochSecond());
        SignedCheckReport forged = SignedCheckReport.sign(report, DOMAIN, Checkers.wallet(666).getEcKeyPair());
        SignedCheckReport byOwnerWhileDelegated =
                SignedCheckReport.sign(report, DOMAIN, Checkers.wallet(5_001).getEcKeyPair());

        assertThat(rejection(new SubmittedReport(forged, ALIVE, NOW))).contains(RejectionReason.BAD_SIGNATURE);
        assertThat(rejection(new SubmittedReport(byOwnerWhileDelegated, ALIVE, NOW)))
                .contains(RejectionReason.BAD_SIGNATURE);
        assertThat(rejection(new SubmittedReport(new SignedCheckReport(report, "0x12"), ALIVE, NOW)))
                .contains(RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void a_result_that_is_not_the_one_signed_is_refused() {
        SubmittedReport swapped = new SubmittedReport(Checkers.signed(job, 1, ALIVE, NOW), UNREACHABLE, NOW);

        assertThat(rejection(swapped)).contains(RejectionReason.RESULT_MISMATCH);
    }

    @Test
    void a_report_for_a_job_the_license_was_not_given_is_refused() {
        CheckJob otherJob = Checkers.livenessJob(4, 5, 6);
        CheckJob qoeJob = Checkers.job(CheckKind.QOE, "SERVING", 3, 1, 2, 3);

        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), otherJob, one, NOW)).contains(RejectionReason.NOT_ASSIGNED);
        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), null, one, NOW)).contains(RejectionReason.NOT_ASSIGNED);
        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), job, null, NOW)).contains(RejectionReason.NOT_ASSIGNED);
        assertThat(rejection(Checkers.submitted(qoeJob, 1, ALIVE), qoeJob, one, NOW))
                .contains(RejectionReason.NOT_ASSIGNED);
        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), job.mark(1, SeatState.WITHDRAWN), one, NOW))
                .contains(RejectionReason.NOT_ASSIGNED);
        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), job.mark(1, SeatState.VOIDED), one, NOW))
                .contains(RejectionReason.NOT_ASSIGNED);
    }

    @Test
    void a_second_report_of_the_same_seat_is_a_replay() {
        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), job.mark(1, SeatState.REPORTED), one, NOW))
                .contains(RejectionReason.REPLAYED);
    }

    @Test
    void a_report_signed_before_its_seat_was_given_is_a_replay() {
        assertThat(rejection(signedAt(job, NOW.minusSeconds(5)))).isEmpty();
        assertThat(rejection(signedAt(job, NOW.minusSeconds(6)))).contains(RejectionReason.REPLAYED);
    }

    @Test
    void a_report_after_the_answer_time_or_the_verdict_is_late() {
        SubmittedReport report = Checkers.submitted(job, 1, ALIVE);

        assertThat(rejection(report, job, one, NOW.plusSeconds(20))).isEmpty();
        assertThat(rejection(report, job, one, NOW.plusSeconds(21))).contains(RejectionReason.LATE);
        assertThat(rejection(report, job.mark(1, SeatState.TIMED_OUT), one, NOW)).contains(RejectionReason.LATE);
        assertThat(rejection(report, job.decide(NOW.plusSeconds(3)), one, NOW.plusSeconds(4)))
                .contains(RejectionReason.LATE);
        assertThat(rejection(signedAt(job, NOW.plusSeconds(26)), job, one, NOW.plusSeconds(10)))
                .contains(RejectionReason.LATE);
    }

    @Test
    void a_banned_license_is_refused_while_the_ban_lasts() {
        License banned = new License(1, one.owner(), one.user(), one.region(), true, true, NOW.plusSeconds(10));

        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), job, banned, NOW.plusSeconds(9)))
                .contains(RejectionReason.BANNED);
        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), job, banned, NOW.plusSeconds(10))).isEmpty();
    }

    @Test
    void a_license_now_owned_by_the_containers_owner_is_refused() {
        License transferred = new License(1, CONTAINER_OWNER, one.user(), one.region(), true, true, null);

        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), job, transferred, NOW))
                .contains(RejectionReason.OWNER_CONFLICT);
    }

    @Test
    void a_license_without_a_delegate_signs_with_its_owner() {
        License selfRun = new License(1, Checkers.runner(1).getAddress(), null, "eu-west", true, true, null);

        assertThat(rejection(Checkers.submitted(job, 1, ALIVE), job, selfRun, NOW)).isEmpty();
    }
}
