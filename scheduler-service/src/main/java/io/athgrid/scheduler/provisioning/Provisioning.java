package io.athgrid.scheduler.provisioning;

import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.job.JobStatus;
import io.athgrid.scheduler.job.JobStore;
import io.athgrid.scheduler.job.JobTransitions;
import io.athgrid.scheduler.lease.LeaseStore;
import io.athgrid.scheduler.order.OrderStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Moves PROVISIONING jobs to RUNNING once their workload runs on every container of the placement. */
public class Provisioning {

    private final JobStore jobs;
    private final OrderStore orders;
    private final LeaseStore leases;
    private final WorkloadLauncher launcher;
    private final JobTransitions transitions;
    private final Clock clock;
    private final int batch;

    public Provisioning(JobStore jobs, OrderStore orders, LeaseStore leases, WorkloadLauncher launcher,
            JobTransitions transitions, Clock clock, int batch) {
        this.jobs = jobs;
        this.orders = orders;
        this.leases = leases;
        this.launcher = launcher;
        this.transitions = transitions;
        this.clock = clock;
        this.batch = batch;
    }

    /** Checks each job due to run; the number that started. */
    public int startDue() {
        int started = 0;
        List<UUID> due = jobs.due(JobStatus.PROVISIONING, "provision_due_at", clock.instant(), batch);
        for (UUID id : due) {
            Job job = jobs.find(id).orElseThrow();
            if (job.status() != JobStatus.PROVISIONING) {
                continue;
            }
            LaunchState state = launcher.launch(orders.find(job.orderId()).orElseThrow(), job,
                    leases.ofPlacement(id, job.placement()));
            if (state == LaunchState.RUNNING) {
                transitions.started(id, job.placement());
                started++;
            } else if (state == LaunchState.FAILED) {
                transitions.lost(id, job.placement(), "LAUNCH_FAILED", clock.instant());
            }
        }
        return started;
    }
}
