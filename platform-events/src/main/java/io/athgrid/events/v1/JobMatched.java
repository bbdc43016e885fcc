package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The Indexer reserved containers for a job's placement (1 for the first, one more for each
 * rescheduling); each container with the GPUs it gives the job and its price per GPU-hour.
 */
public record JobMatched(
        String jobId,
        String orderId,
        int placement,
        String reservationId,
        List<MatchedContainer> containers,
        Instant matchedAt) implements PlatformEvent {

    public JobMatched {
        containers = List.copyOf(containers);
    }

    @Override
    public String partitionKey() {
        return jobId;
    }

    /** One reserved container: the GPUs it gives the job and its price in USD per GPU-hour. */
    public record MatchedContainer(String containerId, String owner, int gpus, BigDecimal priceUsdPerGpuHour) {
    }
}
