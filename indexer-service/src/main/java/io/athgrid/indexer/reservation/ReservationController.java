package io.athgrid.indexer.reservation;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reservations are made by the scheduler (a service caller with the OPERATOR role), never by
 * wallets or enterprises directly: they order through the scheduler, which bills the job.
 */
@RestController
@RequestMapping("/reservations")
@PreAuthorize("hasRole('OPERATOR')")
class ReservationController {

    private final Reservations reservations;
    private final ReservationRules rules;

    ReservationController(Reservations reservations, ReservationRules rules) {
        this.reservations = reservations;
        this.rules = rules;
    }

    /** 201 with the reservation; a repeated job id answers the job's reservation again, also 201. */
    @PostMapping
    ResponseEntity<ReservationView> reserve(@RequestBody ReservationRequest request) {
        ReservationView view = ReservationView.of(reservations.reserve(rules.reservation(request)));
        return ResponseEntity.created(URI.create("reservations/" + view.reservationId())).body(view);
    }

    @GetMapping("/{id}")
    ReservationView get(@PathVariable UUID id) {
        return ReservationView.of(reservations.find(id));
    }

    @PostMapping("/{id}/renew")
    ReservationView renew(@PathVariable UUID id, @RequestBody(required = false) RenewRequest request) {
        Reservation reservation = reservations.find(id);
        return ReservationView.of(reservations.renew(id,
                rules.renewal(request == null ? null : request.leaseSeconds(), reservation.lease())));
    }

    @DeleteMapping("/{id}")
    ReservationView release(@PathVariable UUID id) {
        return ReservationView.of(reservations.release(id));
    }

}
