package io.athgrid.indexer.matching;

import io.athgrid.indexer.index.IndexedContainer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;

/** Orders the candidates that passed the filters by the customer's {@link RankingPolicy}. */
public final class Ranking {

    private static final Comparator<RankedCandidate> BY_PRICE = Comparator.comparing(Ranking::price);
    private static final Comparator<RankedCandidate> BY_QOS_DESC =
            Comparator.comparingDouble((RankedCandidate candidate) -> candidate.container().qosScore()).reversed();
    private static final Comparator<RankedCandidate> BY_LATENCY = Comparator.comparingInt(RankedCandidate::latencyMs);
    private static final Comparator<RankedCandidate> BY_SCORE_DESC =
            Comparator.comparingDouble(RankedCandidate::score).reversed();
    // The last tie-break keeps the order deterministic, so previews and reservations agree.
    private static final Comparator<RankedCandidate> BY_ID = Comparator.comparing(c -> c.container().containerId());

    private final RankingWeights weights;

    public Ranking(RankingWeights weights) {
        this.weights = weights;
    }

    public List<RankedCandidate> rank(List<IndexedContainer> passed, MatchRequest request, LatencyTable latency) {
        List<RankedCandidate> measured = passed.stream()
                .map(container -> new RankedCandidate(container,
                        latency.rttMs(request.region(), container.offer().knownRegion()), 0))
                .toList();
        return switch (request.policy()) {
            case LOWEST_FEE -> sorted(measured, BY_PRICE.thenComparing(BY_QOS_DESC).thenComparing(BY_LATENCY));
            case BEST_EXPERIENCE -> sorted(measured, BY_QOS_DESC.thenComparing(BY_LATENCY).thenComparing(BY_PRICE));
            case BEST_OVERALL -> sorted(scored(measured), BY_SCORE_DESC.thenComparing(BY_PRICE));
        };
    }

    private List<RankedCandidate> scored(List<RankedCandidate> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        BigDecimal minPrice = candidates.stream().map(Ranking::price).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal maxPrice = candidates.stream().map(Ranking::price).max(BigDecimal::compareTo).orElseThrow();
        int minLatency = candidates.stream().mapToInt(RankedCandidate::latencyMs).min().orElseThrow();
        int maxLatency = candidates.stream().mapToInt(RankedCandidate::latencyMs).max().orElseThrow();
        return candidates.stream().map(candidate -> {
            double price = normalized(price(candidate), minPrice, maxPrice);
            double near = near(candidate.latencyMs(), minLatency, maxLatency);
            return new RankedCandidate(candidate.container(), candidate.latencyMs(),
                    score(weights, price, candidate.container().qosScore(), near));
        }).toList();
    }

    /**
     * The BEST_OVERALL score of a candidate from its normalized price and latency (0 best, 1 worst)
     * and QoS score. The one formula, shared with the {@link Matcher} so both give the same doubles.
     */
    static double score(RankingWeights weights, double price, double qos, double near) {
        double total = weights.price() + weights.qos() + weights.latency();
        return (weights.price() * (1 - price) + weights.qos() * qos + weights.latency() * (1 - near)) / total;
    }

    /** Where a latency lies between the nearest (0) and the farthest (1) candidate. */
    static double near(int latencyMs, int minLatency, int maxLatency) {
        return maxLatency == minLatency ? 0 : (double) (latencyMs - minLatency) / (maxLatency - minLatency);
    }

    /** Where a price lies between the cheapest (0) and the dearest (1); a ratio, not an amount. */
    static double normalized(BigDecimal price, BigDecimal min, BigDecimal max) {
        BigDecimal range = max.subtract(min);
        return range.signum() == 0 ? 0 : price.subtract(min).divide(range, MathContext.DECIMAL64).doubleValue();
    }

    private static List<RankedCandidate> sorted(List<RankedCandidate> candidates, Comparator<RankedCandidate> order) {
        return candidates.stream().sorted(order.thenComparing(BY_ID)).toList();
    }

    private static BigDecimal price(RankedCandidate candidate) {
        return candidate.container().offer().priceUsdPerGpuHour();
    }
}
