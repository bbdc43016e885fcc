package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/**
 * A job could not be placed, or not placed again after losing its containers, in time.
 */
public record JobFailed(
        String jobId,
        String orderId,
        String reason,
        Instant failedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return jobId;
    }
}
