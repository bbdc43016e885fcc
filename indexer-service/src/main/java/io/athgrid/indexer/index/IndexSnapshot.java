package io.athgrid.indexer.index;

import java.util.List;

/** An immutable view of the index at one moment: what matching, previews and counts read. */
public record IndexSnapshot(List<IndexedContainer> containers) {

    public IndexSnapshot {
        containers = List.copyOf(containers);
    }

    /** The containers that can be candidates at all (status and offer known). */
    public List<IndexedContainer> matchable() {
        return containers.stream().filter(IndexedContainer::matchable).toList();
    }
}
