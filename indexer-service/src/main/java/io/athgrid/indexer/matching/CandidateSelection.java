package io.athgrid.indexer.matching;

import io.athgrid.indexer.index.MatchingView;
import io.athgrid.indexer.index.OfferBucket;
import io.athgrid.indexer.index.PriceNanos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One request over the buckets of its service and GPU model: the filters after GPU_MODEL as
 * primitive comparisons, the first candidates of each ranking in exactly the {@link Ranking}'s
 * order, and the per-filter counts.
 *
 * <p>Inside one bucket the latency is the same for every entry, so the bucket's fee order is the
 * LOWEST_FEE ranking and its experience order the BEST_EXPERIENCE ranking; merging the reachable
 * buckets by the full comparator yields the ranking, and it stops after the candidates wanted.
 * BEST_OVERALL normalizes price and latency over all candidates that pass; the extremes come from
 * each bucket's first and last passing entry in fee order. Candidates are then read by the
 * threshold algorithm with a score in {@code double} arithmetic that differs from the exact one
 * (the reference's {@code BigDecimal} division) by far less than {@link #SCORE_SLACK}; only the
 * candidates within that slack of the {@code wanted}-th best approximate score can be among the
 * {@code wanted} best, so only they get the exact score, and those are sorted.
 */
final class CandidateSelection {

    /** Far above the error of the approximate score (about 1e-15), far below a meaningful difference. */
    static final double SCORE_SLACK = 1e-9;

    private final OfferBucket[] buckets;
    private final int[] latency;
    private final int[] reachable;
    private final int gpus;
    private final int minVram;
    private final int minBandwidth;
    private final long maxNanos;

    CandidateSelection(OfferBucket[] buckets, int[] latency, MatchRequest request) {
        this.buckets = buckets;
        this.latency = latency;
        this.reachable = reachableSlots(buckets, latency);
        this.gpus = request.gpusPerNode();
        this.minVram = request.minVramGbPerGpu() == null ? Integer.MIN_VALUE : request.minVramGbPerGpu();
        this.minBandwidth = request.minBandwidthMbps() == null ? Integer.MIN_VALUE : request.minBandwidthMbps();
        this.maxNanos = PriceNanos.ceiling(request.maxPriceUsdPerGpuHour());
    }

    /**
     * Whether the approximate BEST_OVERALL score stays within {@link #SCORE_SLACK} of the exact one:
     * weights whose sum is neither tiny (subnormal arithmetic) nor close to overflowing.
     */
    static boolean supports(RankingWeights weights) {
        double total = weights.price() + weights.qos() + weights.latency();
        return total >= 1e-250 && total <= 1e250;
    }

    /** Passes GPU_COUNT, VRAM, BANDWIDTH, PRICE and RESERVED (the bucket decides the rest). */
    private boolean passes(OfferBucket bucket, int i) {
        return bucket.gpuCount(i) >= gpus && bucket.vramGbPerGpu(i) >= minVram
                && bucket.bandwidthMbps(i) >= minBandwidth && bucket.priceNanos(i) <= maxNanos
                && !bucket.reserved(i);
    }

    /** LOWEST_FEE: price, QoS score descending, latency, container id. */
    List<RankedCandidate> lowestFee(int wanted) {
        int[] cursor = new int[buckets.length];
        List<RankedCandidate> top = new ArrayList<>(wanted);
        while (top.size() < wanted) {
            int best = -1;
            for (int slot : reachable) {
                OfferBucket bucket = buckets[slot];
                int i = cursor[slot];
                int size = bucket.size();
                while (i < size && !passes(bucket, i)) {
                    // Fee order is by price: past the budget nothing further passes.
                    i = bucket.priceNanos(i) > maxNanos ? size : i + 1;
                }
                cursor[slot] = i;
                if (i < size && (best < 0 || feeBefore(slot, i, best, cursor[best]))) {
                    best = slot;
                }
            }
            if (best < 0) {
                break;
            }
            top.add(new RankedCandidate(buckets[best].container(cursor[best]), latency[best], 0));
            cursor[best]++;
        }
        return top;
    }

    /** BEST_EXPERIENCE: QoS score descending, latency, price, container id. */
    List<RankedCandidate> bestExperience(int wanted) {
        int[] cursor = new int[buckets.length];
        List<RankedCandidate> top = new ArrayList<>(wanted);
        while (top.size() < wanted) {
            int best = -1;
            for (int slot : reachable) {
                OfferBucket bucket = buckets[slot];
                int rank = cursor[slot];
                int size = bucket.size();
                while (rank < size && !passes(bucket, bucket.byExperience(rank))) {
                    rank++;
                }
                cursor[slot] = rank;
                if (rank < size && (best < 0 || experienceBefore(slot, bucket.byExperience(rank), best,
                        buckets[best].byExperience(cursor[best])))) {
                    best = slot;
                }
            }
            if (best < 0) {
                break;
            }
            OfferBucket bucket = buckets[best];
            top.add(new RankedCandidate(bucket.container(bucket.byExperience(cursor[best])), latency[best], 0));
            cursor[best]++;
        }
        return top;
    }

    /** BEST_OVERALL: the weighted score descending, price, container id. */
    List<RankedCandidate> bestOverall(int wanted, RankingWeights weights) {
        // The normalization needs the cheapest and dearest candidate and the nearest and farthest
        // region with one: each bucket's first and last passing entry in fee order.
        long minNanos = Long.MAX_VALUE;
        long maxNanosPassed = Long.MIN_VALUE;
        int minLatency = Integer.MAX_VALUE;
        int maxLatency = Integer.MIN_VALUE;
        int[] live = new int[reachable.length];
        int slots = 0;
        for (int slot : reachable) {
            OfferBucket bucket = buckets[slot];
            int affordable = bucket.pricedUpTo(maxNanos);
            int first = 0;
            while (first < affordable && !passes(bucket, first)) {
                first++;
            }
            if (first == affordable) {
                continue;
            }
            int last = affordable - 1;
            while (!passes(bucket, last)) {
                last--;
            }
            live[slots++] = slot;
            minNanos = Math.min(minNanos, bucket.priceNanos(first));
            maxNanosPassed = Math.max(maxNanosPassed, bucket.priceNanos(last));
            minLatency = Math.min(minLatency, latency[slot]);
            maxLatency = Math.max(maxLatency, latency[slot]);
        }
        if (slots == 0) {
            return List.of();
        }
        ApproximateScore approximate = new ApproximateScore(weights, minNanos, maxNanosPassed, minLatency,
                maxLatency, latency, buckets.length);
        Passed seen = thresholdScan(Arrays.copyOf(live, slots), wanted, approximate);
        double threshold = seen.size < wanted ? Double.NEGATIVE_INFINITY : seen.cutoff - SCORE_SLACK;
        List<Scored> near = new ArrayList<>();
        for (int k = 0; k < seen.size; k++) {
            if (seen.approximate[k] >= threshold) {
                near.add(new Scored(buckets[seen.slot[k]], seen.index[k], latency[seen.slot[k]], 0));
            }
        }
        // Exact scores, one division per distinct price: equal prices are made neighbours.
        near.sort(Scored.BY_PRICE);
        ExactPrices exact = new ExactPrices(minNanos, maxNanosPassed);
        List<Scored> scored = new ArrayList<>(near.size());
        for (Scored candidate : near) {
            double price = exact.normalized(candidate.bucket.priceNanos(candidate.i));
            scored.add(new Scored(candidate.bucket, candidate.i, candidate.latencyMs, Ranking.score(weights, price,
                    candidate.bucket.qosScore(candidate.i), Ranking.near(candidate.latencyMs, minLatency,
                            maxLatency))));
        }
        scored.sort(Scored.ORDER);
        List<RankedCandidate> top = new ArrayList<>(Math.min(wanted, scored.size()));
        for (int k = 0; k < scored.size() && k < wanted; k++) {
            Scored candidate = scored.get(k);
            top.add(new RankedCandidate(candidate.bucket.container(candidate.i), candidate.latencyMs,
                    candidate.score));
        }
        return top;
    }

    /**
     * The threshold algorithm over each bucket's two sorted orders (price ascending, QoS score
     * descending), reading them in turn: an unread entry costs at least the price at the fee cursor
     * and has at most the QoS score at the experience cursor, and the approximate score is monotone
     * in both, so once that bound is below the {@code wanted}-th best score read so far (minus
     * {@link #SCORE_SLACK}) no unread entry of the bucket can make the cut. Buckets go best bound
     * first; the cut only rises, so a bucket left early stays rightly left. Returns the passing
     * entries read, with their approximate scores.
     */
    private Passed thresholdScan(int[] slots, int wanted, ApproximateScore approximate) {
        Passed seen = new Passed();
        double[] firstBound = new double[buckets.length];
        for (int slot : slots) {
            firstBound[slot] = approximate.bound(buckets[slot], slot, 0, 0);
        }
        // Insertion sort of a dozen slots, best first bound first.
        for (int k = 1; k < slots.length; k++) {
            int slot = slots[k];
            int at = k;
            while (at > 0 && firstBound[slots[at - 1]] < firstBound[slot]) {
                slots[at] = slots[at - 1];
                at--;
            }
            slots[at] = slot;
        }
        double[] heap = new double[wanted];
        int filled = 0;
        for (int slot : slots) {
            OfferBucket bucket = buckets[slot];
            int size = bucket.size();
            int feeCursor = 0;
            int experienceCursor = 0;
            double bound = firstBound[slot];
            boolean byFee = true;
            while (feeCursor < size && experienceCursor < size
                    && (filled < wanted || bound >= heap[0] - SCORE_SLACK)) {
                int i;
                if (byFee) {
                    i = feeCursor++;
                    if (bucket.experienceRank(i) < experienceCursor) {
                        i = -1;
                    }
                } else {
                    i = bucket.byExperience(experienceCursor++);
                    if (i < feeCursor) {
                        i = -1;
                    }
                }
                byFee = !byFee;
                if (i >= 0 && passes(bucket, i)) {
                    double score = approximate.of(bucket, slot, i);
                    seen.add(slot, i, score);
                    if (filled < wanted) {
                        heap[filled] = score;
                        siftUp(heap, filled++);
                    } else if (score > heap[0]) {
                        heap[0] = score;
                        siftDown(heap, filled);
                    }
                }
                if (feeCursor < size && experienceCursor < size) {
                    bound = approximate.bound(bucket, slot, feeCursor, experienceCursor);
                }
            }
        }
        seen.cutoff = heap[0];
        return seen;
    }

    /**
     * The per-filter counts of the reference: the first three from the view's counters, the others
     * from every bucket of the service and model, reachable or not.
     */
    List<FilterCount> counts(MatchingView view, MatchRequest request) {
        int[] removed = new int[Filter.values().length];
        int withService = view.standbyWith(request.service());
        removed[Filter.STATUS.ordinal()] = view.matchable() - view.standby();
        removed[Filter.SERVICE.ordinal()] = view.standby() - withService;
        int inGroup = 0;
        for (int slot = 0; slot < buckets.length; slot++) {
            OfferBucket bucket = buckets[slot];
            inGroup += bucket.size();
            for (int i = 0; i < bucket.size(); i++) {
                Filter failed = firstFailed(bucket, i, latency[slot] >= 0);
                if (failed != null) {
                    removed[failed.ordinal()]++;
                }
            }
        }
        removed[Filter.GPU_MODEL.ordinal()] = withService - inGroup;
        return Arrays.stream(Filter.values()).map(filter -> new FilterCount(filter, removed[filter.ordinal()]))
                .toList();
    }

    private Filter firstFailed(OfferBucket bucket, int i, boolean nearEnough) {
        if (bucket.gpuCount(i) < gpus) {
            return Filter.GPU_COUNT;
        }
        if (bucket.vramGbPerGpu(i) < minVram) {
            return Filter.VRAM;
        }
        if (bucket.bandwidthMbps(i) < minBandwidth) {
            return Filter.BANDWIDTH;
        }
        if (!nearEnough) {
            return Filter.LATENCY;
        }
        if (bucket.priceNanos(i) > maxNanos) {
            return Filter.PRICE;
        }
        return bucket.reserved(i) ? Filter.RESERVED : null;
    }

    private boolean feeBefore(int slotA, int a, int slotB, int b) {
        OfferBucket x = buckets[slotA];
        OfferBucket y = buckets[slotB];
        int c = Long.compare(x.priceNanos(a), y.priceNanos(b));
        if (c == 0) {
            c = Double.compare(y.qosScore(b), x.qosScore(a));
        }
        if (c == 0) {
            c = Integer.compare(latency[slotA], latency[slotB]);
        }
        return c != 0 ? c < 0 : x.containerId(a).compareTo(y.containerId(b)) < 0;
    }

    private boolean experienceBefore(int slotA, int a, int slotB, int b) {
        OfferBucket x = buckets[slotA];
        OfferBucket y = buckets[slotB];
        int c = Double.compare(y.qosScore(b), x.qosScore(a));
        if (c == 0) {
            c = Integer.compare(latency[slotA], latency[slotB]);
        }
        if (c == 0) {
            c = Long.compare(x.priceNanos(a), y.priceNanos(b));
        }
        return c != 0 ? c < 0 : x.containerId(a).compareTo(y.containerId(b)) < 0;
    }

    private static int[] reachableSlots(OfferBucket[] buckets, int[] latency) {
        int[] slots = new int[buckets.length];
        int count = 0;
        for (int slot = 0; slot < buckets.length; slot++) {
            if (latency[slot] >= 0 && buckets[slot].size() > 0) {
                slots[count++] = slot;
            }
        }
        return Arrays.copyOf(slots, count);
    }

    private static void siftUp(double[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] <= heap[at]) {
                return;
            }
            double swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void siftDown(double[] heap, int size) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[at] <= heap[child]) {
                return;
            }
            double swap = heap[at];
            heap[at] = heap[child];
            heap[child] = swap;
            at = child;
        }
    }

    /**
     * The reference's normalized price ({@link Ranking#normalized}) on nano-USD, which have the same
     * ratios as the USD prices; the last price asked for is remembered, as neighbours often share one.
     */
    private static final class ExactPrices {

        private final long min;
        private final long range;
        private long lastNanos;
        private double lastNormalized = Double.NaN;

        ExactPrices(long minNanos, long maxNanos) {
            this.min = minNanos;
            this.range = maxNanos - minNanos;
        }

        double normalized(long nanos) {
            if (range == 0) {
                return 0;
            }
            if (Double.isNaN(lastNormalized) || nanos != lastNanos) {
                lastNanos = nanos;
                lastNormalized = DecimalRatio.of(nanos - min, range);
            }
            return lastNormalized;
        }
    }

    /** The passing entries the threshold algorithm read, and the {@code wanted}-th best approximate score. */
    private static final class Passed {

        int size;
        int[] slot = new int[128];
        int[] index = new int[128];
        double[] approximate = new double[128];
        double cutoff;

        void add(int inSlot, int i, double score) {
            if (size == slot.length) {
                int capacity = size * 2;
                slot = Arrays.copyOf(slot, capacity);
                index = Arrays.copyOf(index, capacity);
                approximate = Arrays.copyOf(approximate, capacity);
            }
            slot[size] = inSlot;
            index[size] = i;
            approximate[size] = score;
            size++;
        }
    }

    /**
     * The BEST_OVERALL score as a linear form: a constant per bucket (price weight and latency),
     * minus a rate per nano-USD above the cheapest, plus a rate per QoS point. Nano-USD differences
     * are exact in a {@code double} (below 2^53), so it differs from the exact score by a few
     * rounding errors of numbers up to 1, far less than {@link #SCORE_SLACK}.
     */
    private static final class ApproximateScore {

        private final double[] base;
        private final long minNanos;
        private final double perNano;
        private final double perQos;

        ApproximateScore(RankingWeights weights, long minNanos, long maxNanos, int minLatency, int maxLatency,
                int[] latency, int slots) {
            double total = weights.price() + weights.qos() + weights.latency();
            this.base = new double[slots];
            for (int slot = 0; slot < slots; slot++) {
                if (latency[slot] >= 0) {
                    base[slot] = (weights.price()
                            + weights.latency() * (1 - Ranking.near(latency[slot], minLatency, maxLatency))) / total;
                }
            }
            this.minNanos = minNanos;
            this.perNano = maxNanos == minNanos ? 0 : weights.price() / total / (maxNanos - minNanos);
            this.perQos = weights.qos() / total;
        }

        double of(OfferBucket bucket, int slot, int i) {
            return base[slot] - perNano * (bucket.priceNanos(i) - minNanos) + perQos * bucket.qosScore(i);
        }

        /** At least the score of every entry at or behind both cursors. */
        double bound(OfferBucket bucket, int slot, int feeCursor, int experienceCursor) {
            return base[slot] - perNano * (bucket.priceNanos(feeCursor) - minNanos)
                    + perQos * bucket.qosScore(bucket.byExperience(experienceCursor));
        }
    }

    /** A candidate near the top with its exact score. */
    private record Scored(OfferBucket bucket, int i, int latencyMs, double score) {

        static final Comparator<Scored> BY_PRICE = (a, b) -> Long.compare(a.price(), b.price());
        /** The reference's BEST_OVERALL order: score descending, price, container id. */
        static final Comparator<Scored> ORDER = (a, b) -> {
            int c = Double.compare(b.score, a.score);
            if (c == 0) {
                c = Long.compare(a.price(), b.price());
            }
            return c != 0 ? c : a.bucket.containerId(a.i).compareTo(b.bucket.containerId(b.i));
        };

        long price() {
            return bucket.priceNanos(i);
        }
    }
}
