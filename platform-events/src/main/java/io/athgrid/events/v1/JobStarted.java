package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;
import java.util.List;

/**
 * A job's placement runs on its containers: leases started, metering begins.
 */
public record JobStarted(
        String jobId,
        String orderId,
        int placement,
        List<String> containerIds,
        Instant startedAt) implements PlatformEvent {

    public JobStarted {
        containerIds = List.copyOf(containerIds);
    }

    @Override
    public String partitionKey() {
        return jobId;
    }
}
