package io.athgrid.indexer.matching;

import io.athgrid.indexer.index.IndexedContainer;

/**
 * A container that passed every filter, with its latency from the customer's region and, under
 * BEST_OVERALL, its weighted score (0 under the other policies).
 */
public record RankedCandidate(IndexedContainer container, int latencyMs, double score) {

    public int gpuCount() {
        return container.offer().gpuCount();
    }
}
