package io.athgrid.scheduler.matching;

import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.job.JobStatus;
import io.athgrid.scheduler.job.JobStore;
import io.athgrid.scheduler.job.JobTransitions;
import io.athgrid.scheduler.order.Order;
import io.athgrid.scheduler.order.OrderStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the Indexer for a placement of a job that is MATCHING. A new order is tried at once, in the
 * request that submitted it; jobs still waiting (no capacity, reserved orders whose start has come,
 * rescheduled jobs, attempts cut short by a crash) are claimed and tried by {@link #attemptDue}.
 */
public class Matching {

    private static final Logger log = LoggerFactory.getLogger(Matching.class);

    private final JobStore jobs;
    private final OrderStore orders;
    private final IndexerClient indexer;
    private final JobTransitions transitions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration claim;
    private final int batch;
    private final MeterRegistry meters;

    /** @param claim how long an attempt holds a job before another worker may try it again */
    public Matching(JobStore jobs, OrderStore orders, IndexerClient indexer, JobTransitions transitions,
            TransactionTemplate transaction, Clock clock, Duration claim, int batch, MeterRegistry meters) {
        this.jobs = jobs;
        this.orders = orders;
        this.indexer = indexer;
        this.transitions = transitions;
        this.transaction = transaction;
        this.clock = clock;
        this.claim = claim;
        this.batch = batch;
        this.meters = meters;
    }

    public Duration claim() {
        return claim;
    }

    /** Tries one MATCHING job (claimed by the caller); the job as it is afterwards. */
    public Optional<Job> attempt(Job job, Order order) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "unavailable";
        try {
            ReserveOutcome answer = indexer.reserve(job, order, transitions.timing().lease());
            if (answer instanceof ReserveOutcome.Reserved reserved) {
                outcome = "matched";
                return transitions.matched(job.id(), job.placement(), reserved.reservation());
            }
            outcome = "no_match";
            return transitions.unmatched(job.id(), job.placement(), ((ReserveOutcome.NoMatch) answer).reasons());
        } catch (IndexerUnavailableException e) {
            // The claim runs out and the job is tried again; the Indexer answers a repeated key with the same reservation.
            log.warn("job {} not matched now: {}", job.id(), e.getMessage());
            return Optional.of(job);
        } finally {
            sample.stop(meters.timer("athgrid.scheduler.matching.attempts", "outcome", outcome));
        }
    }

    /** Claims a batch of due jobs and tries each; the number tried. */
    public int attemptDue() {
        List<Job> claimed = transaction.execute(status -> {
            Instant now = clock.instant();
            return jobs.claimDue(List.of(JobStatus.SUBMITTED, JobStatus.MATCHING), now, now.plus(claim), batch)
                    .stream()
                    .map(job -> {
                        Job matching = job.matching(now, job.nextAttemptAt());
                        if (job.status() != JobStatus.MATCHING) {
                            jobs.update(matching);
                        }
                        return matching;
                    })
                    .toList();
        });
        for (Job job : claimed) {
            attempt(job, orders.find(job.orderId()).orElseThrow());
        }
        return claimed.size();
    }
}
