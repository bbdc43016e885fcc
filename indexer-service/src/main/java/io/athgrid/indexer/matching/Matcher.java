package io.athgrid.indexer.matching;

import io.athgrid.indexer.index.IndexSnapshot;
import io.athgrid.indexer.index.IndexedContainer;
import java.util.List;

/**
 * Filtering and ranking as a pure function of an immutable {@link IndexSnapshot} and a request:
 * no I/O, no shared state, so it can be called from any thread and benchmarked on its own.
 */
public final class Matcher {

    private final LatencyTable latency;
    private final Ranking ranking;
    private final BestFit bestFit;

    public Matcher(LatencyTable latency, RankingWeights weights, int bestFitWindow) {
        this.latency = latency;
        this.ranking = new Ranking(weights);
        this.bestFit = new BestFit(bestFitWindow);
    }

    public MatchResult match(IndexSnapshot snapshot, MatchRequest request) {
        List<IndexedContainer> candidates = snapshot.matchable();
        HardFilters.Filtered filtered = HardFilters.apply(candidates, request, latency);
        List<RankedCandidate> ranked = ranking.rank(filtered.passed(), request, latency);
        return new MatchResult(candidates.size(), filtered.removals(),
                bestFit.order(ranked, request.gpusPerNode(), request.nodes()), request.nodes());
    }
}
