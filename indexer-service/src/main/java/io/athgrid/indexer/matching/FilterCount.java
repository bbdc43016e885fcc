package io.athgrid.indexer.matching;

/** How many candidates one filter removed. */
public record FilterCount(Filter filter, int removed) {
}
