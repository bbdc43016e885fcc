package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/**
 * A customer cancelled a job before it ended; usage until then stays charged.
 */
public record JobCancelled(
        String jobId,
        String orderId,
        Instant cancelledAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return jobId;
    }
}
