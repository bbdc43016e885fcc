package io.athgrid.scheduler.provisioning;

import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.lease.Lease;
import io.athgrid.scheduler.order.Order;
import java.time.Clock;
import java.util.List;

/**
 * SIMULATION MODE: no GPU work is started. The workload counts as booted on its containers once the
 * job's provisioning time has passed, as the simulated providers of the node agent would report.
 * For local runs and tests; production sets {@code athgrid.scheduler.provisioning.mode} to a real
 * launcher that asks each container's node agent to start the workload.
 */
public final class SimulatedWorkloadLauncher implements WorkloadLauncher {

    private final Clock clock;

    public SimulatedWorkloadLauncher(Clock clock) {
        this.clock = clock;
    }

    @Override
    public LaunchState launch(Order order, Job job, List<Lease> leases) {
        if (leases.isEmpty()) {
            return LaunchState.FAILED;
        }
        return clock.instant().isBefore(job.provisionDueAt()) ? LaunchState.BOOTING : LaunchState.RUNNING;
    }
}
