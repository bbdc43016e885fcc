package io.athgrid.indexer.matching;

/** A candidate container a filter removed, with its owner for the providers' missed demand. */
public record Removal(String containerId, String owner, Filter filter) {
}
