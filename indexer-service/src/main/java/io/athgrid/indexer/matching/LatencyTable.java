package io.athgrid.indexer.matching;

import io.athgrid.protocol.container.Region;
import java.util.EnumMap;
import java.util.Map;

/**
 * Round-trip times in milliseconds between regions: a symmetric matrix over every {@link Region},
 * with one value inside a region. Configured as the upper triangle (or both halves, which must
 * agree); a missing pair is a configuration error, found at start.
 */
public final class LatencyTable {

    private final Map<Region, Map<Region, Integer>> rtt = new EnumMap<>(Region.class);

    private LatencyTable() {
    }

    /**
     * @param sameRegionMs RTT inside one region
     * @param rttMs        region code -> region code -> RTT ms, each pair in either direction
     */
    public static LatencyTable of(int sameRegionMs, Map<String, Map<String, Integer>> rttMs) {
        LatencyTable table = new LatencyTable();
        for (Region region : Region.values()) {
            table.put(region, region, sameRegionMs);
        }
        rttMs.forEach((from, row) -> row.forEach((to, ms) -> table.put(region(from), region(to), ms)));
        for (Region from : Region.values()) {
            for (Region to : Region.values()) {
                if (!table.rtt.get(from).containsKey(to)) {
                    throw new IllegalArgumentException("no latency between " + from.code() + " and " + to.code());
                }
            }
        }
        return table;
    }

    public int rttMs(Region from, Region to) {
        return rtt.get(from).get(to);
    }

    private void put(Region from, Region to, Integer ms) {
        if (ms == null || ms < 0) {
            throw new IllegalArgumentException("latency " + from.code() + " -> " + to.code() + " must not be negative");
        }
        putOne(from, to, ms);
        putOne(to, from, ms);
    }

    private void putOne(Region from, Region to, int ms) {
        Integer known = rtt.computeIfAbsent(from, key -> new EnumMap<>(Region.class)).putIfAbsent(to, ms);
        if (known != null && known != ms) {
            throw new IllegalArgumentException("latency " + from.code() + " <-> " + to.code()
                    + " is configured twice with different values (" + known + ", " + ms + ")");
        }
    }

    private static Region region(String code) {
        return Region.find(code).orElseThrow(() -> new IllegalArgumentException("unknown region " + code));
    }
}
