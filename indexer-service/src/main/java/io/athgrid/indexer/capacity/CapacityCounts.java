package io.athgrid.indexer.capacity;

import io.athgrid.indexer.index.IndexSnapshot;
import io.athgrid.indexer.index.IndexedContainer;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many containers the index holds, by status, GPU model and region, and how many are reserved.
 * Containers whose status or offer is not known yet count under "UNKNOWN".
 */
public record CapacityCounts(int containers, int reserved, Map<String, Long> byStatus, Map<String, Long> byGpuModel,
        Map<String, Long> byRegion) {

    private static final String UNKNOWN = "UNKNOWN";

    public static CapacityCounts of(IndexSnapshot snapshot) {
        var containers = snapshot.containers();
        return new CapacityCounts(containers.size(),
                (int) containers.stream().filter(IndexedContainer::reserved).count(),
                count(snapshot, container -> container.status() == null ? UNKNOWN : container.status()),
                count(snapshot, container -> container.offer() == null ? UNKNOWN : container.offer().gpuModel()),
                count(snapshot, container -> container.offer() == null || container.offer().region() == null
                        ? UNKNOWN : container.offer().region()));
    }

    private static Map<String, Long> count(IndexSnapshot snapshot, Function<IndexedContainer, String> key) {
        return snapshot.containers().stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
