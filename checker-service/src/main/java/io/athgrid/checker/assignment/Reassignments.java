package io.athgrid.checker.assignment;

import io.athgrid.protocol.check.CheckKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * When a seat goes to another license: its answer time passed, or its checker went offline. An
 * offline checker's capacity checks are void (a benchmark it ran cannot be trusted half-way); its
 * other seats are withdrawn. A seat is replaced only while its job is still undecided and before
 * the job's decision time; the replacement then has the usual answer time, capped by it.
 */
public final class Reassignments {

    private Reassignments() {
    }

    /** The open seats of {@code job} whose answer time has passed. */
    public static List<SeatRelease> overdue(CheckJob job, Instant now) {
        if (job.decided()) {
            return List.of();
        }
        return job.openSeats().stream()
                .filter(seat -> !now.isBefore(seat.answerBy()))
                .map(seat -> new SeatRelease(job.jobId(), seat.licenseId(), SeatState.TIMED_OUT, replaceable(job, now)))
                .toList();
    }

    /** The seats an offline license still holds open on {@code jobs}. */
    public static List<SeatRelease> checkerOffline(long licenseId, Collection<CheckJob> jobs, Instant now) {
        return jobs.stream()
                .filter(job -> !job.decided())
                .filter(job -> job.seatOf(licenseId).filter(seat -> seat.state() == SeatState.OPEN).isPresent())
                .map(job -> new SeatRelease(job.jobId(), licenseId,
                        job.kind() == CheckKind.CAPACITY ? SeatState.VOIDED : SeatState.WITHDRAWN,
                        replaceable(job, now)))
                .toList();
    }

    private static boolean replaceable(CheckJob job, Instant now) {
        return now.isBefore(job.decideBy());
    }
}
