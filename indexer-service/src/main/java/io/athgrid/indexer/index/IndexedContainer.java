package io.athgrid.indexer.index;

import java.time.Instant;
import java.util.Objects;

/**
 * One container as the index knows it. Status and offer each remember when they were true, so
 * information older than what was applied (a snapshot overlapping with events) is ignored. A
 * container not fully known yet (a status change or specs update seen before its registration or
 * the snapshot) is kept but is no candidate for matching.
 *
 * @param qosScore 0..1, from checkers; a configured default until they publish one
 * @param reserved held by an active reservation (of this or another indexer replica)
 */
public record IndexedContainer(
        String containerId,
        String owner,
        String status,
        Instant statusAsOf,
        ContainerOffer offer,
        Instant offerAsOf,
        double qosScore,
        boolean reserved) {

    public IndexedContainer {
        Objects.requireNonNull(containerId, "containerId");
        if (qosScore < 0 || qosScore > 1) {
            throw new IllegalArgumentException("qosScore must be within 0..1");
        }
    }

    static IndexedContainer unknown(String containerId, String owner, double defaultQosScore) {
        return new IndexedContainer(containerId, owner, null, null, null, null, defaultQosScore, false);
    }

    /** A status as of {@code at}; ignored when the known status is more recent. */
    IndexedContainer withStatus(String newStatus, Instant at) {
        if (statusAsOf != null && at.isBefore(statusAsOf)) {
            return this;
        }
        return new IndexedContainer(containerId, owner, newStatus, at, offer, offerAsOf, qosScore, reserved);
    }

    /**
     * An offer as of {@code at}; ignored when the known offer is more recent, except that a region
     * missing from the kept offer (a specs update seen first) is taken from the other one.
     */
    IndexedContainer withOffer(ContainerOffer newOffer, Instant at) {
        boolean older = offerAsOf != null && at.isBefore(offerAsOf);
        ContainerOffer kept = older ? offer : newOffer;
        ContainerOffer other = older ? newOffer : offer;
        if (kept.region() == null && other != null && other.region() != null) {
            kept = kept.in(other.region());
        }
        return new IndexedContainer(containerId, owner, status, statusAsOf, kept, older ? offerAsOf : at, qosScore,
                reserved);
    }

    IndexedContainer withOwner(String newOwner) {
        return newOwner == null || newOwner.equals(owner) ? this
                : new IndexedContainer(containerId, newOwner, status, statusAsOf, offer, offerAsOf, qosScore, reserved);
    }

    IndexedContainer withQosScore(double score) {
        return new IndexedContainer(containerId, owner, status, statusAsOf, offer, offerAsOf, score, reserved);
    }

    IndexedContainer withReserved(boolean held) {
        return held == reserved ? this
                : new IndexedContainer(containerId, owner, status, statusAsOf, offer, offerAsOf, qosScore, held);
    }

    /** Known well enough to be matched: its status and its offer, region included, have been seen. */
    public boolean matchable() {
        return status != null && offer != null && offer.region() != null;
    }
}
