package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/**
 * A job ended as planned or stopped by its customer; {@code gpuSeconds} over all its leases.
 */
public record JobCompleted(
        String jobId,
        String orderId,
        long gpuSeconds,
        String reason,
        Instant completedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return jobId;
    }
}
