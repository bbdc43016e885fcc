package io.athgrid.indexer.reservation;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Releases expired leases and keeps the index's reserved marks in line with the database. */
@Component
class ReservationSweeper {

    private final Reservations reservations;

    ReservationSweeper(Reservations reservations) {
        this.reservations = reservations;
    }

    @Scheduled(fixedDelayString = "${athgrid.indexer.reservations.sweep-interval}")
    void sweep() {
        reservations.sweep();
    }
}
