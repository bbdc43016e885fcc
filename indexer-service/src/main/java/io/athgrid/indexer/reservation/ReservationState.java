package io.athgrid.indexer.reservation;

/** Whether a reservation still holds its containers, and if not, why. */
public enum ReservationState {
    ACTIVE,
    /** Given back by its caller. */
    RELEASED,
    /** Its lease ran out without renewal; the sweeper gave the containers back. */
    EXPIRED
}
