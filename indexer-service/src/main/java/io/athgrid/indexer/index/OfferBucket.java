package io.athgrid.indexer.index;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The STANDBY containers offering one service with one GPU model in one region, immutable, with
 * what the filters and rankings read packed per entry in one {@code long[]} (32 bytes: price,
 * QoS score, GPUs and VRAM, bandwidth with the reserved mark and the experience rank), so checking
 * an entry touches one cache line. Entries are in fee order (price ascending, QoS score
 * descending, container id), which inside one region is the LOWEST_FEE ranking;
 * {@link #byExperience} gives the BEST_EXPERIENCE order (QoS score descending, price, container
 * id). A change makes a new bucket: one insertion or removal, O(size).
 */
public final class OfferBucket {

    static final OfferBucket EMPTY = new OfferBucket(new IndexedContainer[0], new long[0], new int[0]);

    private static final int STRIDE = 4;
    private static final int PRICE = 0;
    private static final int QOS = 1;
    private static final int GPUS_AND_VRAM = 2;
    private static final int BANDWIDTH_MARK_RANK = 3;
    private static final long RESERVED_BIT = 1L << 31;
    private static final long RANK_MASK = RESERVED_BIT - 1;

    private final IndexedContainer[] containers;
    private final long[] entries;
    private final int[] experienceOrder;

    /** Takes ownership of the arrays; writes each entry's experience rank. */
    private OfferBucket(IndexedContainer[] containers, long[] entries, int[] experienceOrder) {
        this.containers = containers;
        this.entries = entries;
        this.experienceOrder = experienceOrder;
        for (int rank = 0; rank < experienceOrder.length; rank++) {
            int at = experienceOrder[rank] * STRIDE + BANDWIDTH_MARK_RANK;
            entries[at] = (entries[at] & ~RANK_MASK) | rank;
        }
    }

    public int size() {
        return containers.length;
    }

    public IndexedContainer container(int i) {
        return containers[i];
    }

    public String containerId(int i) {
        return containers[i].containerId();
    }

    public int gpuCount(int i) {
        return (int) (entries[i * STRIDE + GPUS_AND_VRAM] >> 32);
    }

    public int vramGbPerGpu(int i) {
        return (int) entries[i * STRIDE + GPUS_AND_VRAM];
    }

    public int bandwidthMbps(int i) {
        return (int) (entries[i * STRIDE + BANDWIDTH_MARK_RANK] >> 32);
    }

    public long priceNanos(int i) {
        return entries[i * STRIDE + PRICE];
    }

    public double qosScore(int i) {
        return Double.longBitsToDouble(entries[i * STRIDE + QOS]);
    }

    public boolean reserved(int i) {
        return (entries[i * STRIDE + BANDWIDTH_MARK_RANK] & RESERVED_BIT) != 0;
    }

    /** The entry at position {@code rank} of the BEST_EXPERIENCE order. */
    public int byExperience(int rank) {
        return experienceOrder[rank];
    }

    /** Where entry {@code i} stands in the BEST_EXPERIENCE order. */
    public int experienceRank(int i) {
        return (int) (entries[i * STRIDE + BANDWIDTH_MARK_RANK] & RANK_MASK);
    }

    /** The number of entries priced at most {@code nanos} (they come first in fee order). */
    public int pricedUpTo(long nanos) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (priceNanos(mid) <= nanos) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** This bucket with {@code container} (matchable, STANDBY, exact price) added. */
    OfferBucket with(IndexedContainer container) {
        long nanos = PriceNanos.of(container.offer().priceUsdPerGpuHour());
        double qos = container.qosScore();
        String id = container.containerId();
        int at = -feeSearch(nanos, qos, id) - 1;
        if (at < 0) {
            throw new IllegalStateException("container " + id + " is already in the bucket");
        }
        int n = size();
        IndexedContainer[] newContainers = new IndexedContainer[n + 1];
        System.arraycopy(containers, 0, newContainers, 0, at);
        newContainers[at] = container;
        System.arraycopy(containers, at, newContainers, at + 1, n - at);
        long[] newEntries = new long[(n + 1) * STRIDE];
        System.arraycopy(entries, 0, newEntries, 0, at * STRIDE);
        System.arraycopy(entries, at * STRIDE, newEntries, (at + 1) * STRIDE, (n - at) * STRIDE);
        ContainerOffer offer = container.offer();
        newEntries[at * STRIDE + PRICE] = nanos;
        newEntries[at * STRIDE + QOS] = Double.doubleToRawLongBits(qos);
        newEntries[at * STRIDE + GPUS_AND_VRAM] = ((long) offer.gpuCount() << 32) | (offer.vramGbPerGpu() & 0xffffffffL);
        newEntries[at * STRIDE + BANDWIDTH_MARK_RANK] = ((long) offer.bandwidthMbps() << 32)
                | (container.reserved() ? RESERVED_BIT : 0);

        // Experience order: positions behind the insertion move up by one, then the new entry goes in.
        int rank = -experienceSearch(nanos, qos, id) - 1;
        int[] order = new int[n + 1];
        for (int r = 0, w = 0; r < n; r++, w++) {
            if (w == rank) {
                w++;
            }
            int position = experienceOrder[r];
            order[w] = position >= at ? position + 1 : position;
        }
        order[rank] = at;
        return new OfferBucket(newContainers, newEntries, order);
    }

    /** This bucket without {@code container}, which must be in it as it was added. */
    OfferBucket without(IndexedContainer container) {
        long nanos = PriceNanos.of(container.offer().priceUsdPerGpuHour());
        int at = feeSearch(nanos, container.qosScore(), container.containerId());
        if (at < 0) {
            throw new IllegalStateException("container " + container.containerId() + " is not in the bucket");
        }
        int n = size();
        if (n == 1) {
            return EMPTY;
        }
        IndexedContainer[] newContainers = Arrays.copyOf(containers, n - 1);
        System.arraycopy(containers, at + 1, newContainers, at, n - at - 1);
        long[] newEntries = Arrays.copyOf(entries, (n - 1) * STRIDE);
        System.arraycopy(entries, (at + 1) * STRIDE, newEntries, at * STRIDE, (n - at - 1) * STRIDE);
        int[] order = new int[n - 1];
        for (int r = 0, w = 0; r < n; r++) {
            int position = experienceOrder[r];
            if (position != at) {
                order[w++] = position > at ? position - 1 : position;
            }
        }
        return new OfferBucket(newContainers, newEntries, order);
    }

    /** Binary search in fee order: the position of the key, or -(insertion point) - 1. */
    private int feeSearch(long nanos, double qos, String id) {
        return search(mid -> compareFee(mid, nanos, qos, id));
    }

    /** Binary search in experience order: the rank of the key, or -(insertion point) - 1. */
    private int experienceSearch(long nanos, double qos, String id) {
        return search(mid -> compareExperience(experienceOrder[mid], nanos, qos, id));
    }

    /** @param keyVersusEntry how the entry at a position compares with the key sought */
    private int search(IntUnaryOperator keyVersusEntry) {
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = keyVersusEntry.applyAsInt(mid);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private int compareFee(int i, long nanos, double qos, String id) {
        int c = Long.compare(priceNanos(i), nanos);
        if (c == 0) {
            c = Double.compare(qos, qosScore(i));
        }
        return c != 0 ? c : containers[i].containerId().compareTo(id);
    }

    private int compareExperience(int i, long nanos, double qos, String id) {
        int c = Double.compare(qos, qosScore(i));
        if (c == 0) {
            c = Long.compare(priceNanos(i), nanos);
        }
        return c != 0 ? c : containers[i].containerId().compareTo(id);
    }
}
