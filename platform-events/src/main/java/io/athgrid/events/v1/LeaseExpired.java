package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;
import java.util.List;

/**
 * A placement's leases ended against the job's will: a container went OFFLINE or HALTED, or the
 * reservation lapsed, or the workload failed to start. {@code affectedFrom} is when the job stopped being served; the job is rescheduled.
 */
public record LeaseExpired(
        String jobId,
        String orderId,
        int placement,
        String reservationId,
        List<String> containerIds,
        String reason,
        Instant affectedFrom,
        Instant expiredAt) implements PlatformEvent {

    public LeaseExpired {
        containerIds = List.copyOf(containerIds);
    }

    @Override
    public String partitionKey() {
        return jobId;
    }
}
