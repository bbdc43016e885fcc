package io.athgrid.scheduler.slashing;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.SlashExecuted;
import io.athgrid.scheduler.billing.Interval;
import io.athgrid.scheduler.billing.LedgerStore;
import io.athgrid.scheduler.billing.Meter;
import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.job.JobStore;
import io.athgrid.scheduler.job.JobTransitions;
import io.athgrid.scheduler.lease.Lease;
import io.athgrid.scheduler.lease.LeaseStore;
import io.athgrid.scheduler.order.Order;
import io.athgrid.scheduler.order.OrderStore;
import io.athgrid.support.inbox.EventHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A final slash (topic {@code athgrid.slashing}): the customers of the slashed container get back
 * what they were charged on it for the affected period, as for downtime (on-demand that period,
 * reserved each 24 h period it touches, no protocol fee kept). Each job is locked and its running
 * leases metered up to now first, so nothing of the period is charged after the refund; parts
 * already refunded (the host went offline, or an earlier slash) are not refunded again. A slash is
 * refunded once, whatever event id it comes under. The container's jobs are not moved here: a slash
 * that leaves it below its requirement halts it, and that status change reschedules them.
 */
public class SlashRefunds implements EventHandler<SlashExecuted> {

    private static final Logger log = LoggerFactory.getLogger(SlashRefunds.class);

    private final AppliedSlashes applied;
    private final LedgerStore ledger;
    private final LeaseStore leases;
    private final JobStore jobs;
    private final OrderStore orders;
    private final JobTransitions transitions;
    private final Meter meter;
    private final Duration reservedPeriod;
    private final Clock clock;

    public SlashRefunds(AppliedSlashes applied, LedgerStore ledger, LeaseStore leases, JobStore jobs,
            OrderStore orders, JobTransitions transitions, Meter meter, Duration reservedPeriod, Clock clock) {
        this.applied = applied;
        this.ledger = ledger;
        this.leases = leases;
        this.jobs = jobs;
        this.orders = orders;
        this.transitions = transitions;
        this.meter = meter;
        this.reservedPeriod = reservedPeriod;
        this.clock = clock;
    }

    @Override
    public Class<SlashExecuted> eventType() {
        return SlashExecuted.class;
    }

    @Override
    public String consumerName() {
        return "SlashRefunds";
    }

    @Override
    public void handle(EventEnvelope<SlashExecuted> event) {
        Optional<SlashedPeriod> period = SlashedPeriod.of(event.payload());
        if (period.isEmpty()) {
            log.warn("Slash event {} names no affected period to refund: {}", event.eventId(), event.payload());
            return;
        }
        SlashedPeriod slash = period.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!applied.record(slash, now)) {
            log.debug("Slash {} was refunded already", slash.slashId());
            return;
        }
        int refunds = 0;
        for (UUID jobId : affectedJobs(slash)) {
            refunds += refund(jobId, slash, now);
        }
        log.info("Slash {} of container {}: {} refunds for {} .. {}", slash.slashId(), slash.containerId(), refunds,
                slash.affected().start(), slash.affected().end());
    }

    /**
     * Jobs charged on the container around the period (a reserved period touching it may begin up to
     * one period earlier and end one later), and jobs it serves now, whose latest time is not charged yet.
     * Sorted, so concurrent handlers lock jobs in one order.
     */
    private TreeSet<UUID> affectedJobs(SlashedPeriod slash) {
        Interval around = new Interval(slash.affected().start().minus(reservedPeriod),
                slash.affected().end().plus(reservedPeriod));
        TreeSet<UUID> jobIds = new TreeSet<>(ledger.jobsChargedFor(slash.containerId(), around));
        jobIds.addAll(leases.jobsServedBy(slash.containerId()));
        return jobIds;
    }

    private int refund(UUID jobId, SlashedPeriod slash, Instant now) {
        Optional<Job> job = jobs.lock(jobId);
        if (job.isEmpty()) {
            return 0;
        }
        transitions.metered(jobId);
        Order order = orders.find(job.get().orderId()).orElseThrow();
        List<Lease> onContainer = leases.ofJob(jobId).stream()
                .filter(lease -> lease.containerId().equals(slash.containerId()))
                .toList();
        return meter.refundAffected(order, onContainer, slash.affected(), slash.refundReason(), now);
    }
}
