package io.athgrid.indexer.matching;

import io.athgrid.indexer.index.IndexSnapshot;
import io.athgrid.indexer.index.IndexedContainer;
import java.util.List;

/**
 * The straightforward matcher, kept as the reference the {@link Matcher} must agree with: every
 * matchable container of a snapshot through the {@link HardFilters}, the ones that pass sorted by
 * the {@link Ranking}, then {@link BestFit}. A pure function of an immutable snapshot; the matcher
 * also answers from it where only a full scan can (the removals of every container, the ranked
 * candidates beyond the first few).
 */
public final class ScanAndSortMatcher {

    private final LatencyTable latency;
    private final Ranking ranking;
    private final BestFit bestFit;

    public ScanAndSortMatcher(LatencyTable latency, RankingWeights weights, int bestFitWindow) {
        this.latency = latency;
        this.ranking = new Ranking(weights);
        this.bestFit = new BestFit(bestFitWindow);
    }

    public MatchResult match(IndexSnapshot snapshot, MatchRequest request) {
        List<IndexedContainer> candidates = snapshot.matchable();
        HardFilters.Filtered filtered = HardFilters.apply(candidates, request, latency);
        List<RankedCandidate> ranked = ranking.rank(filtered.passed(), request, latency);
        return MatchResult.complete(candidates.size(), filtered.removals(),
                bestFit.order(ranked, request.gpusPerNode(), request.nodes()), request.nodes());
    }
}
