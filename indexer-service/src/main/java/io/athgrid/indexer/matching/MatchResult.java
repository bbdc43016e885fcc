package io.athgrid.indexer.matching;

import java.util.List;

/**
 * The answer of the {@link Matcher}: how many containers were candidates, what each filter
 * removed, and the candidates that passed, in the order a reservation tries them.
 */
public record MatchResult(int candidates, List<Removal> removals, List<RankedCandidate> ranked, int nodes) {

    public MatchResult {
        removals = List.copyOf(removals);
        ranked = List.copyOf(ranked);
    }

    /** Whether enough containers passed to place every node of the job. */
    public boolean enough() {
        return ranked.size() >= nodes;
    }

    public List<FilterCount> counts() {
        return HardFilters.Filtered.counts(removals);
    }
}
