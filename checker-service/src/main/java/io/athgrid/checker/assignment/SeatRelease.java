package io.athgrid.checker.assignment;

/**
 * A seat to give up: the license leaves the job in {@code state} (TIMED_OUT, WITHDRAWN or VOIDED)
 * and, when {@code replace}, another license takes its place.
 */
public record SeatRelease(String jobId, long licenseId, SeatState state, boolean replace) {
}
