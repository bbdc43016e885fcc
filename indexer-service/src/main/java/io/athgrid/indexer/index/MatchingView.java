package io.athgrid.indexer.index;

import io.athgrid.protocol.container.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What matching reads, immutable: every container of the index (in shards, for the full scan),
 * the counters the first three filters need, and the STANDBY containers in {@link OfferBucket}s by
 * service, GPU model and region, so a decision reads only the buckets of the service and model it
 * asks for. {@link CapacityIndex} publishes a new view after every change; the parts a change does
 * not touch are shared with the previous view.
 */
public final class MatchingView {

    /** Buckets are indexed by {@link Region#ordinal()}; this last slot holds regions no table knows. */
    public static final int UNKNOWN_REGION = Region.values().length;
    static final MatchingView EMPTY = new MatchingView(emptyShards(), 0, 0, 0, Map.of(), Map.of());

    private static final int SHARDS = 64;
    private static final String STANDBY = "STANDBY";
    private static final OfferBucket[] NO_BUCKETS = emptyBuckets();

    private final IndexedContainer[][] shards;
    private final int matchable;
    private final int standby;
    private final int inexactPrices;
    private final Map<String, Integer> standbyByService;
    private final Map<String, Map<String, OfferBucket[]>> buckets;

    private MatchingView(IndexedContainer[][] shards, int matchable, int standby, int inexactPrices,
            Map<String, Integer> standbyByService, Map<String, Map<String, OfferBucket[]>> buckets) {
        this.shards = shards;
        this.matchable = matchable;
        this.standby = standby;
        this.inexactPrices = inexactPrices;
        this.standbyByService = standbyByService;
        this.buckets = buckets;
    }

    /** A view of these containers, built in one pass. */
    static MatchingView of(Collection<IndexedContainer> containers) {
        Builder builder = new Builder(EMPTY);
        containers.forEach(container -> builder.add(container));
        return builder.build();
    }

    /** How many containers can be candidates at all (status and offer known). */
    public int matchable() {
        return matchable;
    }

    /** Matchable containers in STANDBY. */
    public int standby() {
        return standby;
    }

    /** Matchable containers in STANDBY with this service pre-installed. */
    public int standbyWith(String service) {
        return standbyByService.getOrDefault(service, 0);
    }

    /** Matchable containers whose price has no exact nano-USD form; while there are any, only the full scan is exact. */
    public int inexactPrices() {
        return inexactPrices;
    }

    /**
     * The buckets of a service and GPU model, indexed by region ordinal plus {@link #UNKNOWN_REGION};
     * the array is shared, not to be changed.
     */
    public OfferBucket[] buckets(String service, String gpuModel) {
        Map<String, OfferBucket[]> byModel = buckets.get(service);
        OfferBucket[] found = byModel == null ? null : byModel.get(gpuModel);
        return found == null ? NO_BUCKETS : found;
    }

    /** Every container of the view, matchable or not, in no particular order. */
    public IndexSnapshot snapshot() {
        List<IndexedContainer> all = new ArrayList<>();
        for (IndexedContainer[] shard : shards) {
            all.addAll(Arrays.asList(shard));
        }
        return new IndexSnapshot(all);
    }

    /** This view with {@code before} (null for a new container) replaced by {@code after}. */
    MatchingView replaced(IndexedContainer before, IndexedContainer after) {
        Builder builder = new Builder(this);
        builder.replace(before, after);
        return builder.build();
    }

    /** This view after several replacements, each a pair (before, after). */
    MatchingView replaced(List<IndexedContainer[]> changes) {
        Builder builder = new Builder(this);
        changes.forEach(change -> builder.replace(change[0], change[1]));
        return builder.build();
    }

    private static boolean inBuckets(IndexedContainer container) {
        return container != null && container.matchable() && STANDBY.equals(container.status());
    }

    private static int regionSlot(ContainerOffer offer) {
        return offer.knownRegion() == null ? UNKNOWN_REGION : offer.knownRegion().ordinal();
    }

    private static int shardOf(String containerId) {
        return Math.floorMod(containerId.hashCode(), SHARDS);
    }

    private static IndexedContainer[][] emptyShards() {
        IndexedContainer[][] empty = new IndexedContainer[SHARDS][];
        Arrays.fill(empty, new IndexedContainer[0]);
        return empty;
    }

    private static OfferBucket[] emptyBuckets() {
        OfferBucket[] empty = new OfferBucket[UNKNOWN_REGION + 1];
        Arrays.fill(empty, OfferBucket.EMPTY);
        return empty;
    }

    /** Copies on first write whatever a change touches: a shard, a bucket array, the maps above them. */
    private static final class Builder {

        private final IndexedContainer[][] shards;
        private final boolean[] shardCopied = new boolean[SHARDS];
        private int matchable;
        private int standby;
        private int inexactPrices;
        private final Map<String, Integer> standbyByService;
        private final Map<String, Map<String, OfferBucket[]>> buckets;
        private final Map<String, Map<String, OfferBucket[]>> copiedBuckets = new HashMap<>();

        Builder(MatchingView from) {
            shards = from.shards.clone();
            matchable = from.matchable;
            standby = from.standby;
            inexactPrices = from.inexactPrices;
            standbyByService = new HashMap<>(from.standbyByService);
            buckets = new HashMap<>(from.buckets);
        }

        void add(IndexedContainer container) {
            replace(null, container);
        }

        void replace(IndexedContainer before, IndexedContainer after) {
            replaceInShard(before, after);
            if (before != null) {
                count(before, -1);
            }
            if (after != null) {
                count(after, 1);
            }
        }

        private void replaceInShard(IndexedContainer before, IndexedContainer after) {
            String id = after != null ? after.containerId() : before.containerId();
            int s = shardOf(id);
            IndexedContainer[] shard = shards[s];
            int at = -1;
            if (before != null) {
                for (int i = 0; i < shard.length; i++) {
                    if (shard[i].containerId().equals(id)) {
                        at = i;
                        break;
                    }
                }
            }
            if (!shardCopied[s]) {
                shard = shard.clone();
                shardCopied[s] = true;
            }
            if (at < 0) {
                shard = Arrays.copyOf(shard, shard.length + 1);
                shard[shard.length - 1] = after;
            } else {
                shard[at] = after;
            }
            shards[s] = shard;
        }

        private void count(IndexedContainer container, int sign) {
            if (!container.matchable()) {
                return;
            }
            matchable += sign;
            boolean exact = PriceNanos.of(container.offer().priceUsdPerGpuHour()) != PriceNanos.INEXACT;
            if (!exact) {
                inexactPrices += sign;
            }
            if (!inBuckets(container)) {
                return;
            }
            standby += sign;
            for (String service : container.offer().services()) {
                standbyByService.merge(service, sign, Integer::sum);
                if (exact) {
                    OfferBucket[] slots = slots(service, container.offer().gpuModel());
                    int slot = regionSlot(container.offer());
                    slots[slot] = sign > 0 ? slots[slot].with(container) : slots[slot].without(container);
                }
            }
        }

        /** The bucket array of a service and model, copied once per build so earlier views keep theirs. */
        private OfferBucket[] slots(String service, String gpuModel) {
            Map<String, OfferBucket[]> copied = copiedBuckets.get(service);
            if (copied == null) {
                Map<String, OfferBucket[]> original = buckets.get(service);
                copied = original == null ? new HashMap<>() : new HashMap<>(original);
                copiedBuckets.put(service, copied);
                buckets.put(service, copied);
                // Arrays are copied lazily below; mark them by replacing with copies on first use.
                copied.replaceAll((model, array) -> array.clone());
            }
            return copied.computeIfAbsent(gpuModel, model -> NO_BUCKETS.clone());
        }

        MatchingView build() {
            return new MatchingView(shards, matchable, standby, inexactPrices, Map.copyOf(standbyByService),
                    Map.copyOf(buckets));
        }
    }
}
