package io.athgrid.indexer.reservation;

/** The optional body of a renewal: a new lease, else the reservation's own lease again. */
public record RenewRequest(Long leaseSeconds) {
}
