package io.athgrid.indexer.reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reservation as the API answers it. */
public record ReservationView(UUID reservationId, String jobId, List<ReservedContainer> containers,
        long leaseSeconds, Instant expiresAt, ReservationState state, Instant releasedAt) {

    static ReservationView of(Reservation reservation) {
        return new ReservationView(reservation.id(), reservation.jobId(), reservation.containers(),
                reservation.lease().toSeconds(), reservation.expiresAt(), reservation.state(),
                reservation.releasedAt());
    }
}
