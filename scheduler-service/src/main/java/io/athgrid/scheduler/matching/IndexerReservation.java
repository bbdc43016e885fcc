package io.athgrid.scheduler.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reservation as the Indexer answers it: the containers it holds for the job and until when. */
public record IndexerReservation(UUID reservationId, String jobId, List<Held> containers, long leaseSeconds,
        Instant expiresAt, String state) {

    public IndexerReservation {
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    public boolean active() {
        return "ACTIVE".equals(state);
    }

    /** One container the reservation holds, with the GPUs it gives and its price per GPU-hour. */
    public record Held(String containerId, String owner, String region, BigDecimal priceUsdPerGpuHour, int gpus) {
    }
}
