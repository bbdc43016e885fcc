package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;
import java.util.List;

/**
 * A placement's leases ended because the job did (completed, cancelled or failed): its containers are free.
 */
public record LeaseReleased(
        String jobId,
        String orderId,
        int placement,
        String reservationId,
        List<String> containerIds,
        String reason,
        Instant releasedAt) implements PlatformEvent {

    public LeaseReleased {
        containerIds = List.copyOf(containerIds);
    }

    @Override
    public String partitionKey() {
        return jobId;
    }
}
