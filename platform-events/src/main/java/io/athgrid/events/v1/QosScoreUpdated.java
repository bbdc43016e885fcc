package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A container's quality-of-service score (0 to 100, 4 decimals) after a verdict gave a sample:
 * an exponentially weighted average of liveness and QoE samples, the "best experience" ranking's
 * input. {@code sample} is the verdict's own sample, {@code samples} how many the score has seen.
 */
public record QosScoreUpdated(
        String containerId,
        String owner,
        BigDecimal score,
        long samples,
        int sample,
        String jobId,
        String kind,
        Instant updatedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
