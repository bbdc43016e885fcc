package io.athgrid.scheduler.order;

/** How the Indexer ranks the containers that pass its filters, as the customer chose. */
public enum RankingPolicy {
    LOWEST_FEE,
    BEST_EXPERIENCE,
    BEST_OVERALL
}
