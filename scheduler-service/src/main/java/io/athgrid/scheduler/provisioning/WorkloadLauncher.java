package io.athgrid.scheduler.provisioning;

import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.lease.Lease;
import io.athgrid.scheduler.order.Order;
import java.util.List;

/**
 * Starts a job's workload on the containers of its placement and tells how far it got. Called
 * again until it answers RUNNING or FAILED, so an implementation starts each workload once and
 * then reports on it.
 */
public interface WorkloadLauncher {

    LaunchState launch(Order order, Job job, List<Lease> leases);
}
