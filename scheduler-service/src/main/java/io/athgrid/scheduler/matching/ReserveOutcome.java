package io.athgrid.scheduler.matching;

/** What asking the Indexer for a placement came to. */
public sealed interface ReserveOutcome {

    record Reserved(IndexerReservation reservation) implements ReserveOutcome {
    }

    /** Nothing fits now; {@code reasons} is the Indexer's "why not matched" problem document (JSON). */
    record NoMatch(String reasons) implements ReserveOutcome {
    }
}
