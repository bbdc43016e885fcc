package io.athgrid.staking.reward;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.ledger.Origin;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an open epoch's container pools would give an owner's containers if the epoch's emission so
 * far were shared out now: each pool's emission for the epoch (the one the close uses) times the
 * elapsed part of the epoch, rounded down, split with {@link ContainerSplit} over every container's
 * net units so far. At the whole epoch with the same units it is exactly what the close pays. An
 * estimate: units other containers earn later in the epoch shrink each share.
 */
public final class ProvisionalSplit {

    private final ContainerEmission emission;

    public ProvisionalSplit(ContainerEmission emission) {
        this.emission = emission;
    }

    /**
     * @param capacityUnits every container's net Proof of Capacity units in the epoch so far
     * @param deliveryUnits every container's net Proof of Delivery units in the epoch so far
     */
    public Estimate estimate(Epoch epoch, Instant asOf, String owner, Map<ContainerShare, Long> capacityUnits,
            Map<ContainerShare, Long> deliveryUnits) {
        long epochMillis = Duration.between(epoch.startsAt(), epoch.endsAt()).toMillis();
        long elapsedMillis = Math.max(0, Math.min(Duration.between(epoch.startsAt(), asOf).toMillis(), epochMillis));
        SortedMap<ContainerShare, BigInteger> capacity = ContainerSplit.split(
                emittedSoFar(emission.of(Origin.PROOF_OF_CAPACITY), elapsedMillis, epochMillis), capacityUnits);
        SortedMap<ContainerShare, BigInteger> delivery = ContainerSplit.split(
                emittedSoFar(emission.of(Origin.PROOF_OF_DELIVERY), elapsedMillis, epochMillis), deliveryUnits);

        // Keyed by container id: the owner's containers, whichever pool they have units in.
        SortedMap<String, ContainerEstimate> mine = new TreeMap<>();
        owned(capacityUnits, owner).forEach(share -> mine.put(share.containerId(), new ContainerEstimate(
                share.containerId(), units(capacityUnits, share), units(deliveryUnits, share),
                capacity.getOrDefault(share, BigInteger.ZERO), delivery.getOrDefault(share, BigInteger.ZERO))));
        owned(deliveryUnits, owner).forEach(share -> mine.computeIfAbsent(share.containerId(), id ->
                new ContainerEstimate(id, 0, units(deliveryUnits, share), BigInteger.ZERO,
                        delivery.getOrDefault(share, BigInteger.ZERO))));
        List<ContainerEstimate> containers = List.copyOf(mine.values());
        return new Estimate(epoch, asOf, elapsedMillis, epochMillis,
                containers.stream().map(ContainerEstimate::capacityWei).reduce(BigInteger.ZERO, BigInteger::add),
                containers.stream().map(ContainerEstimate::deliveryWei).reduce(BigInteger.ZERO, BigInteger::add),
                containers);
    }

    /** A pool's emission for the part of the epoch gone by: emission x elapsed / length, rounded down. */
    static BigInteger emittedSoFar(BigInteger emissionWei, long elapsedMillis, long epochMillis) {
        return emissionWei.multiply(BigInteger.valueOf(elapsedMillis)).divide(BigInteger.valueOf(epochMillis));
    }

    private static List<ContainerShare> owned(Map<ContainerShare, Long> units, String owner) {
        return units.keySet().stream().filter(share -> share.owner().equalsIgnoreCase(owner)).toList();
    }

    /** Units as the split weighs them: a container's net units, never below zero. */
    private static long units(Map<ContainerShare, Long> units, ContainerShare share) {
        return Math.max(0, units.getOrDefault(share, 0L));
    }

    /** The owner's provisional container rewards in {@code epoch} as of {@code asOf}. */
    public record Estimate(Epoch epoch, Instant asOf, long elapsedMillis, long epochMillis, BigInteger capacityWei,
            BigInteger deliveryWei, List<ContainerEstimate> containers) {

        /** The elapsed part of the epoch in basis points, rounded down. */
        public long elapsedBasisPoints() {
            return elapsedMillis * 10_000 / epochMillis;
        }
    }

    /** One container's units so far and its share of each pool's emission so far. */
    public record ContainerEstimate(String containerId, long capacityUnits, long deliveryUnits,
            BigInteger capacityWei, BigInteger deliveryWei) {
    }
}
