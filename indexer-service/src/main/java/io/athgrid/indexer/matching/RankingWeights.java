package io.athgrid.indexer.matching;

/**
 * The weights of BEST_OVERALL. A candidate's score is
 * {@code price * (1 - p) + qos * q + latency * (1 - l)}, where p and l are its price and latency
 * normalized to 0..1 between the cheapest/nearest (0) and dearest/farthest (1) candidate, and q is
 * its QoS score. Weights are relative: only their proportions matter.
 */
public record RankingWeights(double price, double qos, double latency) {

    public RankingWeights {
        if (price < 0 || qos < 0 || latency < 0 || price + qos + latency <= 0) {
            throw new IllegalArgumentException("ranking weights must not be negative and not all zero");
        }
    }
}
