package io.athgrid.indexer.snapshot;

import java.util.List;

/** One page of the registry's {@code GET /containers}. */
record RegistryPage(List<RegistryContainer> items, int page, int size, long total) {
}
