package io.athgrid.indexer.index;

import java.time.Instant;
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
 */
public final class CapacityIndex {

    private final ConcurrentMap<String, IndexedContainer> containers = new ConcurrentHashMap<>();
    private final double defaultQosScore;

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
        containers.computeIfPresent(containerId, (id, entry) -> entry.withQosScore(score));
    }

    public void markReserved(Collection<String> containerIds, boolean reserved) {
        containerIds.forEach(id -> containers.computeIfPresent(id, (key, entry) -> entry.withReserved(reserved)));
    }

    /** Makes exactly these containers reserved, as the reservations table says. */
    public void reservedExactly(Set<String> containerIds) {
        containers.replaceAll((id, entry) -> entry.withReserved(containerIds.contains(id)));
    }

    public IndexSnapshot snapshot() {
        return new IndexSnapshot(List.copyOf(containers.values()));
    }

    private void update(String containerId, String owner, UnaryOperator<IndexedContainer> change) {
        containers.compute(containerId, (id, entry) -> change.apply(
                (entry == null ? IndexedContainer.unknown(id, owner, defaultQosScore) : entry).withOwner(owner)));
    }
}
