package io.athgrid.indexer.reservation;

import io.athgrid.indexer.matching.MatchResult;
import io.athgrid.indexer.matching.Removal;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one reservation attempt came to: a reservation (new or the job's existing one), or no match
 * with the filters' removals plus the candidates another reservation took first.
 */
sealed interface ReservationOutcome {

    record Reserved(Reservation reservation) implements ReservationOutcome {
    }

    record NoMatch(MatchResult match, List<Removal> takenMeanwhile) implements ReservationOutcome {

        /** The filters' removals and, counted as RESERVED, the candidates lost to concurrent writers. */
        List<Removal> removals() {
            return Stream.concat(match.removals().stream(), takenMeanwhile.stream()).toList();
        }
    }
}
