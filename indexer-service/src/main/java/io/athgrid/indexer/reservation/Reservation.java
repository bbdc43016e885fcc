package io.athgrid.indexer.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A job's hold on containers until {@code expiresAt}, unless released earlier or renewed. */
public record Reservation(UUID id, String jobId, List<ReservedContainer> containers, Duration lease,
        Instant createdAt, Instant expiresAt, Instant releasedAt, String releaseCause) {

    public Reservation {
        containers = List.copyOf(containers);
    }

    public ReservationState state() {
        if (releasedAt == null) {
            return ReservationState.ACTIVE;
        }
        return ReservationState.valueOf(releaseCause);
    }

    public List<String> containerIds() {
        return containers.stream().map(ReservedContainer::containerId).toList();
    }
}
