package io.athgrid.indexer.reservation;

import io.athgrid.indexer.matching.MatchRequest;
import java.time.Duration;

/** A reservation request that passed validation: the job it is for, what to match, how long to hold. */
public record ValidReservation(String jobId, MatchRequest match, Duration lease) {
}
