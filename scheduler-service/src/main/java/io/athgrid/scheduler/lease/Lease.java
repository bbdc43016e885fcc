package io.athgrid.scheduler.lease;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One container serving one placement of a job. {@code startedAt} is set when the workload runs;
 * {@code meteredUntil} is how far it has been charged; {@code endedAt} when it stopped serving.
 */
public record Lease(
        UUID id,
        UUID jobId,
        int placement,
        UUID reservationId,
        String containerId,
        String owner,
        int gpus,
        BigDecimal priceUsdPerGpuHour,
        Instant startedAt,
        Instant meteredUntil,
        Instant endedAt,
        String endReason) {

    public boolean active() {
        return endedAt == null;
    }
}
