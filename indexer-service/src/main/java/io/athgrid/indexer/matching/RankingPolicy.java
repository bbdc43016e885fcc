package io.athgrid.indexer.matching;

/** How the customer wants the candidates that passed every filter ordered. */
public enum RankingPolicy {
    /** Cheapest first; equal prices by QoS score, then latency. */
    LOWEST_FEE,
    /** Highest QoS score first; equal scores by latency, then price. */
    BEST_EXPERIENCE,
    /** Highest weighted score of normalized price, QoS and latency (see {@link RankingWeights}). */
    BEST_OVERALL
}
