package io.athgrid.indexer.snapshot;

import java.time.Instant;
import java.util.List;

/**
 * Every container the registry listed, and when the listing began by the registry's clock: each
 * offer is at least that recent, so events about offers older than that are already included.
 */
public record Snapshot(List<RegistryContainer> containers, Instant asOf) {

    public Snapshot {
        containers = List.copyOf(containers);
    }
}
