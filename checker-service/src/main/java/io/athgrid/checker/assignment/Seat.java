package io.athgrid.checker.assignment;

import java.time.Instant;

/** One license's part in a check job: when it was given and until when its report is taken. */
public record Seat(long licenseId, Instant assignedAt, Instant answerBy, SeatState state) {

    public Seat with(SeatState newState) {
        return new Seat(licenseId, assignedAt, answerBy, newState);
    }
}
