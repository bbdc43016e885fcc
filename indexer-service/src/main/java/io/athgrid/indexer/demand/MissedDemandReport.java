package io.athgrid.indexer.demand;

import io.athgrid.indexer.demand.MissedDemandStore.MissedDemandCount;
import io.athgrid.indexer.matching.ReasonGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Missed demand for providers: per owner, requested GPU model and region, how many times one of
 * the owner's containers was left out of a no-match, by reason.
 */
public record MissedDemandReport(LocalDate from, LocalDate to, List<Item> items) {

    public record Item(String owner, String gpuModel, String region, Map<ReasonGroup, Long> reasons, long total) {
    }

    public static MissedDemandReport of(LocalDate from, LocalDate to, List<MissedDemandCount> counts) {
        Map<List<String>, Map<ReasonGroup, Long>> grouped = new LinkedHashMap<>();
        for (MissedDemandCount count : counts) {
            grouped.computeIfAbsent(List.of(count.owner(), count.gpuModel(), count.region()), key -> zeros())
                    .merge(ReasonGroup.valueOf(count.reason()), count.removals(), Long::sum);
        }
        List<Item> items = new ArrayList<>();
        grouped.forEach((key, reasons) -> items.add(new Item(key.get(0), key.get(1), key.get(2), reasons,
                reasons.values().stream().mapToLong(Long::longValue).sum())));
        return new MissedDemandReport(from, to, items);
    }

    private static Map<ReasonGroup, Long> zeros() {
        Map<ReasonGroup, Long> zeros = new LinkedHashMap<>();
        Arrays.stream(ReasonGroup.values()).forEach(reason -> zeros.put(reason, 0L));
        return zeros;
    }
}
