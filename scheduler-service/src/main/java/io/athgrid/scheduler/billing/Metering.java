package io.athgrid.scheduler.billing;

import io.athgrid.scheduler.job.JobStatus;
import io.athgrid.scheduler.job.JobStore;
import io.athgrid.scheduler.job.JobTransitions;
import io.athgrid.scheduler.lease.LeaseStore;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The periodic run: charges running leases for what they served, and completes jobs that reached their end. */
public class Metering {

    private final LeaseStore leases;
    private final JobStore jobs;
    private final JobTransitions transitions;
    private final Clock clock;
    private final int batch;

    public Metering(LeaseStore leases, JobStore jobs, JobTransitions transitions, Clock clock, int batch) {
        this.leases = leases;
        this.jobs = jobs;
        this.transitions = transitions;
        this.clock = clock;
        this.batch = batch;
    }

    public int meterRunning() {
        int metered = 0;
        for (UUID jobId : leases.jobsToMeter(clock.instant(), batch)) {
            transitions.metered(jobId);
            metered++;
        }
        return metered;
    }

    public int completeDue() {
        int completed = 0;
        Instant now = clock.instant();
        for (UUID jobId : jobs.due(JobStatus.RUNNING, "ends_at", now, batch)) {
            transitions.completed(jobId, "DURATION_REACHED");
            completed++;
        }
        return completed;
    }
}
