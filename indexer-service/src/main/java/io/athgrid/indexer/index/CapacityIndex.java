package io.athgrid.indexer.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * The in-memory capacity index: one immutable {@link IndexedContainer} per container, replaced
 * atomically on every change, so readers take a consistent {@link IndexSnapshot} of each entry
 * without locks. Fed by container events and the registry snapshot; reservations mark entries.
 *
 * <p>Alongside, the index maintains a {@link MatchingView} for the matcher. Changes are applied one
 * at a time (writers are serialized on this index) and each publishes a new immutable view that
 * includes it, so a decision reads one consistent state without locks and without copying the fleet.
 */
public final class CapacityIndex {

    /** Beyond this many changed reserved marks a sweep rebuilds the view instead of patching it. */
    private static final int REBUILD_THRESHOLD = 256;

    private final ConcurrentMap<String, IndexedContainer> containers = new ConcurrentHashMap<>();
    private final double defaultQosScore;
    private volatile MatchingView view = MatchingView.EMPTY;

    public CapacityIndex(double defaultQosScore) {
        if (defaultQosScore < 0 || defaultQosScore > 1) {
            throw new IllegalArgumentException("default QoS score must be within 0..1");
        }
        this.defaultQosScore = defaultQosScore;
    }

    /** A registration or a registry snapshot row: status and offer, each as of its own time. */
    public void offered(String containerId, String owner, String status, Instant statusAsOf,
            ContainerOffer offer, Instant offerAsOf) {
        update(containerId, owner, entry -> entry.withStatus(status, statusAsOf).withOffer(offer, offerAsOf));
    }

    public void statusChanged(String containerId, String owner, String status, Instant at) {
        update(containerId, owner, entry -> entry.withStatus(status, at));
    }

    /** New specs and price; an offer without a region keeps the region known before. */
    public void offerChanged(String containerId, String owner, ContainerOffer offer, Instant at) {
        update(containerId, owner, entry -> entry.withOffer(offer, at));
    }

    /** The QoS score checkers published for a container (0..1); unknown containers are ignored. */
    public void qosScored(String containerId, double score) {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("QoS score must be within 0..1");
        }
        synchronized (this) {
            IndexedContainer entry = containers.get(containerId);
            if (entry != null) {
                put(entry, entry.withQosScore(score));
            }
        }
    }

    public synchronized void markReserved(Collection<String> containerIds, boolean reserved) {
        for (String id : containerIds) {
            IndexedContainer entry = containers.get(id);
            if (entry != null) {
                put(entry, entry.withReserved(reserved));
            }
        }
    }

    /** Makes exactly these containers reserved, as the reservations table says. */
    public synchronized void reservedExactly(Set<String> containerIds) {
        List<IndexedContainer[]> changes = new ArrayList<>();
        for (IndexedContainer entry : containers.values()) {
            IndexedContainer marked = entry.withReserved(containerIds.contains(entry.containerId()));
            if (marked != entry) {
                containers.put(marked.containerId(), marked);
                changes.add(new IndexedContainer[] {entry, marked});
            }
        }
        if (changes.size() > REBUILD_THRESHOLD) {
            view = MatchingView.of(containers.values());
        } else if (!changes.isEmpty()) {
            view = view.replaced(changes);
        }
    }

    public IndexSnapshot snapshot() {
        return new IndexSnapshot(List.copyOf(containers.values()));
    }

    /** The current state for matching; immutable, replaced after every change. */
    public MatchingView matchingView() {
        return view;
    }

    private synchronized void update(String containerId, String owner, UnaryOperator<IndexedContainer> change) {
        IndexedContainer entry = containers.get(containerId);
        put(entry, change.apply(
                (entry == null ? IndexedContainer.unknown(containerId, owner, defaultQosScore) : entry).withOwner(owner)));
    }

    /** Stores a changed entry and publishes a view with it; called with this index locked. */
    private void put(IndexedContainer before, IndexedContainer after) {
        if (after == before) {
            return;
        }
        containers.put(after.containerId(), after);
        view = view.replaced(before, after);
    }
}
