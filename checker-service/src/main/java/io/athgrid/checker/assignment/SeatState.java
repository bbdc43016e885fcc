package io.athgrid.checker.assignment;

/** Where one license's part in a check job stands. */
public enum SeatState {
    /** Assigned, waiting for its report. */
    OPEN,
    /** Its report was admitted. */
    REPORTED,
    /** It did not answer in time; the seat went to another license. */
    TIMED_OUT,
    /** Its checker went offline; the seat went to another license. */
    WITHDRAWN,
    /** Its checker went offline during a capacity check; whatever it measured is void. */
    VOIDED;

    /** Whether the license still holds the seat (may report, or has). */
    public boolean held() {
        return this == OPEN || this == REPORTED;
    }
}
