package io.athgrid.indexer.matching;

import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.index.MatchingView;
import io.athgrid.indexer.index.OfferBucket;
import io.athgrid.protocol.container.Region;
import java.util.List;

/**
 * Filtering and ranking on the index's {@link MatchingView}, with the answers of the
 * {@link ScanAndSortMatcher} but without copying or scanning the fleet: a decision reads only the
 * buckets of the requested service and GPU model in the regions within the latency limit, and
 * ranks only as many candidates as a reservation needs (see {@link CandidateSelection}). The
 * per-filter counts are computed from counters and those buckets when asked; the removals of every
 * container and the claim order beyond the first candidates come from the reference's full scan
 * over the same view. No shared mutable state: callable from any thread.
 */
public final class Matcher {

    /** Candidates ranked beyond the nodes and the best-fit window, for claims lost to concurrent writers. */
    static final int SPARE = 8;
    private static final int REGIONS = Region.values().length;

    private final int[][] rttMs;
    private final RankingWeights weights;
    private final boolean weightsExact;
    private final int window;
    private final BestFit bestFit;
    private final ScanAndSortMatcher reference;

    public Matcher(LatencyTable latency, RankingWeights weights, int bestFitWindow) {
        this.rttMs = new int[REGIONS][REGIONS];
        for (Region from : Region.values()) {
            for (Region to : Region.values()) {
                rttMs[from.ordinal()][to.ordinal()] = latency.rttMs(from, to);
            }
        }
        this.weights = weights;
        this.weightsExact = CandidateSelection.supports(weights);
        this.window = bestFitWindow;
        this.bestFit = new BestFit(bestFitWindow);
        this.reference = new ScanAndSortMatcher(latency, weights, bestFitWindow);
    }

    public MatchResult match(CapacityIndex index, MatchRequest request) {
        return match(index.matchingView(), request, 0);
    }

    /** A match whose first {@code listed} candidates in claim order are known without a full scan. */
    public MatchResult match(CapacityIndex index, MatchRequest request, int listed) {
        return match(index.matchingView(), request, listed);
    }

    public MatchResult match(MatchingView view, MatchRequest request, int listed) {
        if (view.inexactPrices() > 0 || (request.policy() == RankingPolicy.BEST_OVERALL && !weightsExact)) {
            // Rare inputs the primitive form cannot represent exactly: the reference answers.
            return reference.match(view.snapshot(), request);
        }
        OfferBucket[] buckets = view.buckets(request.service(), request.gpuModel().name());
        int[] latency = latencies(request);
        CandidateSelection selection = new CandidateSelection(buckets, latency, request);
        int wanted = Math.max(listed, Math.max(window, request.nodes()) + SPARE);
        List<RankedCandidate> top = switch (request.policy()) {
            case LOWEST_FEE -> selection.lowestFee(wanted);
            case BEST_EXPERIENCE -> selection.bestExperience(wanted);
            case BEST_OVERALL -> selection.bestOverall(wanted, weights);
        };
        List<RankedCandidate> head = bestFit.order(top, request.gpusPerNode(), request.nodes());
        return MatchResult.partial(view.matchable(), request.nodes(), head, top.size() < wanted,
                () -> selection.counts(view, request), () -> reference.match(view.snapshot(), request));
    }

    /** RTT from the customer's region to each bucket slot, -1 where the latency filter removes all. */
    private int[] latencies(MatchRequest request) {
        int[] latency = new int[MatchingView.UNKNOWN_REGION + 1];
        int[] row = rttMs[request.region().ordinal()];
        for (int slot = 0; slot < REGIONS; slot++) {
            latency[slot] = row[slot] <= request.maxLatencyMs() ? row[slot] : -1;
        }
        latency[MatchingView.UNKNOWN_REGION] = -1;
        return latency;
    }
}
