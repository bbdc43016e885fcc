package io.athgrid.scheduler.job;

import io.athgrid.events.v1.JobCancelled;
import io.athgrid.events.v1.JobCompleted;
import io.athgrid.events.v1.JobFailed;
import io.athgrid.events.v1.JobMatched;
import io.athgrid.events.v1.JobStarted;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.events.v1.LeaseReleased;
import io.athgrid.scheduler.billing.Meter;
import io.athgrid.scheduler.lease.Lease;
import io.athgrid.scheduler.lease.LeaseStore;
import io.athgrid.scheduler.lease.ReleaseQueue;
import io.athgrid.scheduler.matching.IndexerReservation;
import io.athgrid.scheduler.order.Order;
import io.athgrid.scheduler.order.OrderKind;
import io.athgrid.scheduler.order.OrderStore;
import io.athgrid.support.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change of a job after its submission, each in one transaction with its leases, its charges
 * and refunds, and its events. Each starts by locking the job and checking that the change still
 * applies (the job may have moved on meanwhile, through another worker or the customer), so a
 * repeated or late call changes nothing.
 */
public class JobTransitions {

    private final JobStore jobs;
    private final OrderStore orders;
    private final LeaseStore leases;
    private final ReleaseQueue releases;
    private final Meter meter;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Timing timing;

    /**
     * @param provisioning how long after matching the workload is expected to run
     * @param lease        how long a reservation holds before it must be renewed
     * @param retry        how long to wait before asking the Indexer again for a job that did not match
     * @param matchTimeout how long a job may wait for capacity before it fails
     */
    public record Timing(Duration provisioning, Duration lease, Duration retry, Duration matchTimeout) {
    }

    public JobTransitions(JobStore jobs, OrderStore orders, LeaseStore leases, ReleaseQueue releases, Meter meter,
            Outbox outbox, TransactionTemplate transaction, Clock clock, Timing timing) {
        this.jobs = jobs;
        this.orders = orders;
        this.leases = leases;
        this.releases = releases;
        this.meter = meter;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.timing = timing;
    }

    public Timing timing() {
        return timing;
    }

    /** The Indexer reserved containers: leases open, the job provisions. A reservation nobody wants is released. */
    public Optional<Job> matched(UUID jobId, int placement, IndexerReservation reservation) {
        return inTransaction(jobId, (job, order) -> {
            Instant now = now();
            if (job.status() != JobStatus.MATCHING || job.placement() != placement) {
                releases.queue(reservation.reservationId(), now);
                return job;
            }
            if (!reservation.active()) {
                Job fresh = job.withFreshReservationKey(now);
                jobs.update(fresh);
                return fresh;
            }
            Job matched = job.matched(reservation.reservationId(), now, now.plus(timing.provisioning()),
                    now.plus(timing.lease()));
            jobs.update(matched);
            for (IndexerReservation.Held held : reservation.containers()) {
                leases.insert(new Lease(UUID.randomUUID(), jobId, placement, reservation.reservationId(),
                        held.containerId(), held.owner(), held.gpus(), held.priceUsdPerGpuHour(), null, null, null,
                        null));
            }
            outbox.publish(new JobMatched(jobId.toString(), order.id().toString(), placement,
                    reservation.reservationId().toString(), reservation.containers().stream()
                            .map(held -> new JobMatched.MatchedContainer(held.containerId(), held.owner(), held.gpus(),
                                    held.priceUsdPerGpuHour()))
                            .toList(), now));
            return matched;
        });
    }

    /** No capacity now: keep the reasons and try again later, or fail once the job has waited too long. */
    public Optional<Job> unmatched(UUID jobId, int placement, String reasons) {
        return inTransaction(jobId, (job, order) -> {
            if (job.status() != JobStatus.MATCHING || job.placement() != placement) {
                return job;
            }
            Instant now = now();
            if (!now.isBefore(job.matchingSince().plus(timing.matchTimeout()))) {
                return fail(job.unmatched(reasons, null), order, "NO_CAPACITY", now);
            }
            Job waiting = job.unmatched(reasons, now.plus(timing.retry()));
            jobs.update(waiting);
            return waiting;
        });
    }

    /** The workload runs on every container of the placement: leases start, metering begins. */
    public Optional<Job> started(UUID jobId, int placement) {
        return inTransaction(jobId, (job, order) -> {
            if (job.status() != JobStatus.PROVISIONING || job.placement() != placement) {
                return job;
            }
            Instant now = now();
            Job running = job.started(now, order.kind() == OrderKind.ON_DEMAND && order.durationSeconds() != null
                    ? Duration.ofSeconds(order.durationSeconds()) : null);
            jobs.update(running);
            leases.started(jobId, placement, now);
            outbox.publish(new JobStarted(jobId.toString(), order.id().toString(), placement,
                    containerIds(leases.ofPlacement(jobId, placement)), now));
            return running;
        });
    }

    /**
     * The placement lost service at {@code affectedFrom} (a container OFFLINE or HALTED, or the
     * reservation lapsed): usage is charged up to then, what was charged beyond it is refunded, and
     * the job goes back to matching for its next placement.
     */
    public Optional<Job> lost(UUID jobId, int placement, String reason, Instant affectedFrom) {
        return inTransaction(jobId, (job, order) -> {
            if (!job.status().placed() || job.placement() != placement) {
                return job;
            }
            Instant now = now();
            // Down to the second: the customer is not charged for the second in which service was lost.
            Instant from = (affectedFrom.isAfter(now) ? now : affectedFrom).truncatedTo(ChronoUnit.SECONDS);
            List<Lease> lost = endLeases(order, job, from, reason, now);
            meter.refundDowntime(order, leases.ofPlacement(jobId, placement), from, reason, now);
            outbox.publish(new LeaseExpired(jobId.toString(), order.id().toString(), placement,
                    job.reservationId().toString(), containerIds(lost), reason, from, now));
            Job rescheduled = job.rescheduled(now, reason);
            jobs.update(rescheduled);
            return rescheduled;
        });
    }

    /** Extends the job's recorded lease after the Indexer renewed its reservation. */
    public Optional<Job> renewed(UUID jobId, UUID reservationId, Instant leaseUntil) {
        return inTransaction(jobId, (job, order) -> {
            if (!job.status().placed() || !reservationId.equals(job.reservationId())) {
                return job;
            }
            Job renewed = job.renewed(leaseUntil);
            jobs.update(renewed);
            return renewed;
        });
    }

    /** Charges what running leases served since their last charge. */
    public Optional<Job> metered(UUID jobId) {
        return inTransaction(jobId, (job, order) -> {
            if (job.status() != JobStatus.RUNNING) {
                return job;
            }
            Instant now = now();
            Instant until = job.endsAt() != null && job.endsAt().isBefore(now) ? job.endsAt() : now;
            for (Lease lease : leases.ofPlacement(jobId, job.placement())) {
                if (lease.active()) {
                    meter.charge(order, job, lease, until, now);
                }
            }
            return job;
        });
    }

    /** A running job reached its end: charged to the end, leases released, COMPLETED. */
    public Optional<Job> completed(UUID jobId, String reason) {
        return inTransaction(jobId, (job, order) -> {
            if (job.status() != JobStatus.RUNNING) {
                return job;
            }
            Instant now = now();
            Instant end = job.endsAt() != null && job.endsAt().isBefore(now) ? job.endsAt() : now;
            releaseLeases(order, job, end, reason, now);
            Job completed = job.finished(JobStatus.COMPLETED, now, reason);
            jobs.update(completed);
            outbox.publish(new JobCompleted(jobId.toString(), order.id().toString(), gpuSeconds(jobId), reason, now));
            return completed;
        });
    }

    /** The customer cancelled: usage so far stays charged, leases are released. */
    public Optional<Job> cancelled(UUID jobId) {
        return inTransaction(jobId, (job, order) -> {
            if (job.status().terminal()) {
                return job;
            }
            Instant now = now();
            releaseLeases(order, job, now, "CANCELLED", now);
            Job cancelled = job.finished(JobStatus.CANCELLED, now, "cancelled by the customer");
            jobs.update(cancelled);
            outbox.publish(new JobCancelled(jobId.toString(), order.id().toString(), now));
            return cancelled;
        });
    }

    private Job fail(Job job, Order order, String reason, Instant now) {
        releaseLeases(order, job, now, "FAILED", now);
        Job failed = job.finished(JobStatus.FAILED, now, reason);
        jobs.update(failed);
        outbox.publish(new JobFailed(job.id().toString(), order.id().toString(), reason, now));
        return failed;
    }

    private void releaseLeases(Order order, Job job, Instant servedUntil, String reason, Instant now) {
        if (!job.status().placed()) {
            return;
        }
        List<Lease> ended = endLeases(order, job, servedUntil, reason, now);
        outbox.publish(new LeaseReleased(job.id().toString(), order.id().toString(), job.placement(),
                job.reservationId().toString(), containerIds(ended), reason, now));
    }

    /** Charges each active lease of the placement up to {@code servedUntil}, ends it, queues the release. */
    private List<Lease> endLeases(Order order, Job job, Instant servedUntil, String reason, Instant now) {
        List<Lease> active = leases.ofPlacement(job.id(), job.placement()).stream().filter(Lease::active).toList();
        for (Lease lease : active) {
            Instant end = lease.startedAt() == null ? now
                    : servedUntil.isBefore(lease.startedAt()) ? lease.startedAt() : servedUntil;
            meter.charge(order, job, lease, end, now);
            leases.ended(lease.id(), end, reason);
        }
        releases.queue(job.reservationId(), now);
        return active;
    }

    private long gpuSeconds(UUID jobId) {
        return leases.ofJob(jobId).stream()
                .filter(lease -> lease.startedAt() != null && lease.endedAt() != null)
                .mapToLong(lease -> lease.gpus() * Duration.between(lease.startedAt(), lease.endedAt()).toSeconds())
                .sum();
    }

    private static List<String> containerIds(List<Lease> leases) {
        return leases.stream().map(Lease::containerId).toList();
    }

    private Optional<Job> inTransaction(UUID jobId, Change change) {
        return Optional.ofNullable(transaction.execute(status -> jobs.lock(jobId)
                .map(job -> change.apply(job, orders.find(job.orderId()).orElseThrow()))
                .orElse(null)));
    }

    /** Whole seconds: charges and GPU-seconds are counted in them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @FunctionalInterface
    private interface Change {
        Job apply(Job job, Order order);
    }
}
