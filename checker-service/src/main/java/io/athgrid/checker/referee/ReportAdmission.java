package io.athgrid.checker.referee;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.License;
import io.athgrid.checker.assignment.Seat;
import io.athgrid.checker.assignment.SeatState;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckerDomain;
import io.athgrid.protocol.signature.InvalidSignatureException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a check report counts. In order: the license exists and the signature is by the
 * wallet that runs it (else BAD_SIGNATURE; an unknown license is NOT_ASSIGNED); the result hashes
 * to what was signed; the job is the one signed for (container and kind) and the license holds a
 * seat on it; the license is not controlled by the container's owner and not banned; the seat has
 * not reported yet; the answer time has not passed. A report signed before its seat was given
 * (beyond the allowed clock skew) is a replay of something precomputed.
 */
public final class ReportAdmission {

    /** How far a checker's clock may be off by default. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(5);

    private final CheckerDomain domain;
    private final Duration clockSkew;

    /** @param clockSkew how far a checker's clock ({@code submittedAt}) may differ from ours */
    public ReportAdmission(CheckerDomain domain, Duration clockSkew) {
        this.domain = domain;
        this.clockSkew = clockSkew;
    }

    public Admission admit(SubmittedReport submitted, Optional<CheckJob> job, Optional<License> license, Instant now) {
        CheckReport report = submitted.signed().report();
        if (license.isEmpty()) {
            return Admission.reject(RejectionReason.NOT_ASSIGNED);
        }
        String signer;
        try {
            signer = submitted.signed().signer(domain);
        } catch (InvalidSignatureException e) {
            return Admission.reject(RejectionReason.BAD_SIGNATURE);
        }
        if (!signer.equals(license.get().signer())) {
            return Admission.reject(RejectionReason.BAD_SIGNATURE);
        }
        if (submitted.result().kind() != report.kind() || !submitted.result().resultHash().equals(report.resultHash())) {
            return Admission.reject(RejectionReason.RESULT_MISMATCH);
        }
        Optional<RejectionReason> rejection = seatRejection(report, job, license.get(), now);
        if (rejection.isPresent()) {
            return Admission.reject(rejection.get());
        }
        return Admission.admit(new AdmittedReport(submitted.signed(), submitted.result(), signer, now));
    }

    private Optional<RejectionReason> seatRejection(CheckReport report, Optional<CheckJob> found, License license,
            Instant now) {
        if (found.isEmpty() || !found.get().jobId().equals(report.jobId())
                || !found.get().containerId().equals(report.containerId()) || found.get().kind() != report.kind()) {
            return Optional.of(RejectionReason.NOT_ASSIGNED);
        }
        CheckJob job = found.get();
        Optional<Seat> seat = job.seatOf(license.licenseId());
        if (seat.isEmpty()) {
            return Optional.of(RejectionReason.NOT_ASSIGNED);
        }
        if (license.controlledBy(job.containerOwner())) {
            return Optional.of(RejectionReason.OWNER_CONFLICT);
        }
        if (license.bannedAt(now)) {
            return Optional.of(RejectionReason.BANNED);
        }
        return seatStateRejection(report, seat.get(), job, now);
    }

    private Optional<RejectionReason> seatStateRejection(CheckReport report, Seat seat, CheckJob job, Instant now) {
        if (seat.state() == SeatState.REPORTED) {
            return Optional.of(RejectionReason.REPLAYED);
        }
        if (seat.state() == SeatState.WITHDRAWN || seat.state() == SeatState.VOIDED) {
            return Optional.of(RejectionReason.NOT_ASSIGNED);
        }
        Instant submittedAt = Instant.ofEpochSecond(report.submittedAt());
        if (seat.state() == SeatState.TIMED_OUT || job.decided() || now.isAfter(seat.answerBy())
                || submittedAt.isAfter(seat.answerBy().plus(clockSkew))) {
            return Optional.of(RejectionReason.LATE);
        }
        if (submittedAt.isBefore(seat.assignedAt().minus(clockSkew))) {
            return Optional.of(RejectionReason.REPLAYED);
        }
        return Optional.empty();
    }
}
