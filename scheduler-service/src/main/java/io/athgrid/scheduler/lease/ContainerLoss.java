package io.athgrid.scheduler.lease;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.ContainerStatusChanged;
import io.athgrid.scheduler.job.JobStore;
import io.athgrid.scheduler.job.JobTransitions;
import io.athgrid.support.inbox.EventHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A container that goes OFFLINE or HALTED under a lease loses its job, which is rescheduled at once.
 * OFFLINE is declared after heartbeats were missed, so the job stopped being served that much
 * earlier: that is where the affected (not charged) period starts.
 */
public class ContainerLoss implements EventHandler<ContainerStatusChanged> {

    private final LeaseStore leases;
    private final JobStore jobs;
    private final JobTransitions transitions;
    private final Duration offlineDetectionLag;

    public ContainerLoss(LeaseStore leases, JobStore jobs, JobTransitions transitions, Duration offlineDetectionLag) {
        this.leases = leases;
        this.jobs = jobs;
        this.transitions = transitions;
        this.offlineDetectionLag = offlineDetectionLag;
    }

    @Override
    public Class<ContainerStatusChanged> eventType() {
        return ContainerStatusChanged.class;
    }

    @Override
    public void handle(EventEnvelope<ContainerStatusChanged> event) {
        ContainerStatusChanged changed = event.payload();
        String reason = switch (changed.status()) {
            case "OFFLINE" -> "CONTAINER_OFFLINE";
            case "HALTED" -> "CONTAINER_HALTED";
            default -> null;
        };
        if (reason == null) {
            return;
        }
        Instant affectedFrom = "OFFLINE".equals(changed.status())
                ? changed.changedAt().minus(offlineDetectionLag) : changed.changedAt();
        for (UUID jobId : leases.jobsServedBy(changed.containerId())) {
            jobs.find(jobId).ifPresent(job -> transitions.lost(jobId, job.placement(), reason, affectedFrom));
        }
    }
}
