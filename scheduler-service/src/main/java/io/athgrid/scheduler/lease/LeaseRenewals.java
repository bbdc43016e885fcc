package io.athgrid.scheduler.lease;

import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.job.JobStatus;
import io.athgrid.scheduler.job.JobStore;
import io.athgrid.scheduler.job.JobTransitions;
import io.athgrid.scheduler.matching.IndexerClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps placed jobs' reservations alive: renewed at the Indexer before they run out. A reservation
 * the Indexer no longer holds (the scheduler was away longer than a lease) has lapsed: its containers
 * may already serve someone else, so the job is rescheduled.
 */
public class LeaseRenewals {

    private final JobStore jobs;
    private final IndexerClient indexer;
    private final JobTransitions transitions;
    private final Clock clock;
    private final Duration renewAhead;
    private final int batch;

    public LeaseRenewals(JobStore jobs, IndexerClient indexer, JobTransitions transitions, Clock clock,
            Duration renewAhead, int batch) {
        this.jobs = jobs;
        this.indexer = indexer;
        this.transitions = transitions;
        this.clock = clock;
        this.renewAhead = renewAhead;
        this.batch = batch;
    }

    public int renewDue() {
        int renewed = 0;
        Instant horizon = clock.instant().plus(renewAhead);
        for (JobStatus status : new JobStatus[] {JobStatus.PROVISIONING, JobStatus.RUNNING}) {
            for (UUID id : jobs.due(status, "renewed_until", horizon, batch)) {
                Job job = jobs.find(id).orElseThrow();
                if (!job.status().placed() || job.reservationId() == null) {
                    continue;
                }
                Duration lease = transitions.timing().lease();
                Instant until = clock.instant().plus(lease);
                if (indexer.renew(job.reservationId(), lease)) {
                    transitions.renewed(id, job.reservationId(), until);
                    renewed++;
                } else {
                    Instant lapsedAt = job.renewedUntil().isBefore(clock.instant()) ? job.renewedUntil() : clock.instant();
                    transitions.lost(id, job.placement(), "RESERVATION_LAPSED", lapsedAt);
                }
            }
        }
        return renewed;
    }
}
