package io.athgrid.checker.assignment;

import io.athgrid.protocol.check.CheckKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One check of one container for one window, given to {@code seatsWanted} (2N+1) licenses. Seats
 * given up (timed out, withdrawn, voided) stay on record, so a license never sits twice on a job and
 * a late report from it is recognised. The majority is counted against {@code seatsWanted}, not
 * against the reports that came in.
 *
 * @param containerStatus the container's status when the job was scheduled (decides what a failure costs)
 * @param decideBy        when the referee decides with whatever reports it has
 * @param decidedAt       when the verdict was reached, or null
 */
public record CheckJob(String jobId, String containerId, String containerOwner, String containerStatus, CheckKind kind,
        Instant windowStart, Instant windowEnd, Instant decideBy, int seatsWanted, List<Seat> seats,
        Instant decidedAt) {

    public CheckJob {
        seats = List.copyOf(seats);
        if (seatsWanted < 1) {
            throw new IllegalArgumentException("a job wants at least one seat");
        }
    }

    /** A new job with the planned licenses seated at {@code now}. */
    public static CheckJob assign(DueCheck due, String containerOwner, String containerStatus, Instant decideBy,
            int seatsWanted, List<License> licenses, Instant now, Duration answerWithin) {
        CheckJob job = new CheckJob(due.jobId(), due.containerId(), containerOwner, containerStatus, due.kind(),
                due.windowStart(), due.windowEnd(), decideBy, seatsWanted, List.of(), null);
        for (License license : licenses) {
            job = job.seat(license.licenseId(), now, answerWithin);
        }
        return job;
    }

    public Optional<Seat> seatOf(long licenseId) {
        return seats.stream().filter(seat -> seat.licenseId() == licenseId).findFirst();
    }

    public List<Seat> openSeats() {
        return seats.stream().filter(seat -> seat.state() == SeatState.OPEN).toList();
    }

    /** Every license that ever sat on this job; none of them may be seated again. */
    public Set<Long> everSeated() {
        return seats.stream().map(Seat::licenseId).collect(Collectors.toSet());
    }

    public boolean decided() {
        return decidedAt != null;
    }

    /** Seats a license; its answer is due {@code answerWithin} from now, and never after {@link #decideBy}. */
    public CheckJob seat(long licenseId, Instant now, Duration answerWithin) {
        if (seatOf(licenseId).isPresent()) {
            throw new IllegalArgumentException("license " + licenseId + " already sat on job " + jobId);
        }
        Instant answerBy = now.plus(answerWithin);
        List<Seat> next = new ArrayList<>(seats);
        next.add(new Seat(licenseId, now, answerBy.isAfter(decideBy) ? decideBy : answerBy, SeatState.OPEN));
        return withSeats(next);
    }

    /** The license's seat moves to {@code state} (reported, or given up). */
    public CheckJob mark(long licenseId, SeatState state) {
        if (seatOf(licenseId).isEmpty()) {
            throw new IllegalArgumentException("license " + licenseId + " has no seat on job " + jobId);
        }
        return withSeats(seats.stream().map(seat -> seat.licenseId() == licenseId ? seat.with(state) : seat).toList());
    }

    public CheckJob decide(Instant at) {
        return new CheckJob(jobId, containerId, containerOwner, containerStatus, kind, windowStart, windowEnd,
                decideBy, seatsWanted, seats, at);
    }

    private CheckJob withSeats(List<Seat> next) {
        return new CheckJob(jobId, containerId, containerOwner, containerStatus, kind, windowStart, windowEnd,
                decideBy, seatsWanted, next, decidedAt);
    }
}
