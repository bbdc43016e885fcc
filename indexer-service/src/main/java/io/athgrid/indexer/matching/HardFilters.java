package io.athgrid.indexer.matching;

import io.athgrid.indexer.index.IndexedContainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Applies the {@link Filter}s in order and remembers which removed what. */
public final class HardFilters {

    private static final Filter[] FILTERS = Filter.values();

    private HardFilters() {
    }

    public static Filtered apply(List<IndexedContainer> candidates, MatchRequest request, LatencyTable latency) {
        List<IndexedContainer> passed = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (IndexedContainer candidate : candidates) {
            Filter failed = null;
            for (Filter filter : FILTERS) {
                if (!filter.admits(candidate, request, latency)) {
                    failed = filter;
                    break;
                }
            }
            if (failed == null) {
                passed.add(candidate);
            } else {
                removals.add(new Removal(candidate.containerId(), candidate.owner(), failed));
            }
        }
        return new Filtered(passed, removals);
    }

    /** The candidates that passed every filter and the removed ones. */
    public record Filtered(List<IndexedContainer> passed, List<Removal> removals) {

        public Filtered {
            passed = List.copyOf(passed);
            removals = List.copyOf(removals);
        }

        /** Every filter in order with how many it removed, zeros included. */
        public static List<FilterCount> counts(List<Removal> removals) {
            return Arrays.stream(FILTERS)
                    .map(filter -> new FilterCount(filter,
                            (int) removals.stream().filter(removal -> removal.filter() == filter).count()))
                    .toList();
        }
    }
}
