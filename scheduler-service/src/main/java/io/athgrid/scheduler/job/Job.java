package io.athgrid.scheduler.job;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A job as stored. {@code placement} counts its placements (1 for the first); {@code reservationId}
 * is the Indexer reservation of the current one. {@code noMatch} keeps the Indexer's last "why not
 * matched" answer (JSON) while the job waits for capacity.
 */
public record Job(
        UUID id,
        UUID orderId,
        JobStatus status,
        int placement,
        UUID reservationId,
        Instant nextAttemptAt,
        Instant matchingSince,
        String noMatch,
        Instant provisionDueAt,
        Instant renewedUntil,
        Instant submittedAt,
        Instant matchedAt,
        Instant startedAt,
        Instant endsAt,
        Instant finishedAt,
        String statusReason) {

    /** The key the Indexer knows this placement's reservation by: repeating it returns the same reservation. */
    public String reservationKey() {
        return id + ":" + placement;
    }

    /** A new job: waiting for its start (a reserved order starting later) or for matching now. */
    public static Job submitted(UUID id, UUID orderId, Instant now, Instant startsAt, Instant reservedEnd,
            Instant claimedUntil) {
        boolean dueNow = !startsAt.isAfter(now);
        return new Job(id, orderId, dueNow ? JobStatus.MATCHING : JobStatus.SUBMITTED, 1, null,
                dueNow ? claimedUntil : startsAt, dueNow ? now : null, null, null, null, now, null, null, reservedEnd,
                null, null);
    }

    /** Taken up by a matching attempt that holds it until {@code claimedUntil}. */
    public Job matching(Instant now, Instant claimedUntil) {
        JobStatus next = status == JobStatus.MATCHING ? status : status.moveTo(JobStatus.MATCHING);
        return new Job(id, orderId, next, placement, null, claimedUntil, matchingSince == null ? now : matchingSince,
                noMatch, null, null, submittedAt, matchedAt, startedAt, endsAt, finishedAt, statusReason);
    }

    /** Still waiting for capacity: the Indexer's reasons, and when to ask again. */
    public Job unmatched(String reasons, Instant retryAt) {
        requireStatus(JobStatus.MATCHING);
        return new Job(id, orderId, status, placement, null, retryAt, matchingSince, reasons, null, null, submittedAt,
                matchedAt, startedAt, endsAt, finishedAt, statusReason);
    }

    /**
     * The Indexer answered this placement's key with a reservation that is no longer active (it
     * lapsed while this service was away): the next attempt asks under a new key, at once.
     */
    public Job withFreshReservationKey(Instant now) {
        requireStatus(JobStatus.MATCHING);
        return new Job(id, orderId, status, placement + 1, null, now, matchingSince, noMatch, null, null,
                submittedAt, matchedAt, startedAt, endsAt, finishedAt, statusReason);
    }

    public Job matched(UUID reservation, Instant now, Instant provisionDue, Instant leaseUntil) {
        return new Job(id, orderId, status.moveTo(JobStatus.PROVISIONING), placement, reservation, null, null, null,
                provisionDue, leaseUntil, submittedAt, now, startedAt, endsAt, finishedAt, null);
    }

    /** Running; an on-demand job with a duration ends that long after its first start. */
    public Job started(Instant now, Duration onDemandDuration) {
        Instant firstStart = startedAt == null ? now : startedAt;
        Instant end = endsAt == null && onDemandDuration != null ? firstStart.plus(onDemandDuration) : endsAt;
        return new Job(id, orderId, status.moveTo(JobStatus.RUNNING), placement, reservationId, null, null, null,
                null, renewedUntil, submittedAt, matchedAt, firstStart, end, finishedAt, null);
    }

    public Job renewed(Instant leaseUntil) {
        return new Job(id, orderId, status, placement, reservationId, nextAttemptAt, matchingSince, noMatch,
                provisionDueAt, leaseUntil, submittedAt, matchedAt, startedAt, endsAt, finishedAt, statusReason);
    }

    /** Lost its containers: back to matching for the next placement, at once. */
    public Job rescheduled(Instant now, String reason) {
        return new Job(id, orderId, status.moveTo(JobStatus.MATCHING), placement + 1, null, now, now, null, null,
                null, submittedAt, matchedAt, startedAt, endsAt, finishedAt, reason);
    }

    public Job finished(JobStatus terminal, Instant now, String reason) {
        if (!terminal.terminal()) {
            throw new IllegalArgumentException(terminal + " does not end a job");
        }
        return new Job(id, orderId, status.moveTo(terminal), placement, reservationId, null, matchingSince, noMatch,
                null, null, submittedAt, matchedAt, startedAt, endsAt, now, reason);
    }

    private void requireStatus(JobStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("job " + id + " is " + status + ", not " + expected);
        }
    }
}
