package io.athgrid.staking.reward;

import io.athgrid.staking.ledger.ExactSplit;
import java.math.BigInteger;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Splits a container pool's emission of an epoch by each container's confirmed units, exact to the wei. */
public final class ContainerSplit {

    private ContainerSplit() {
    }

    /** @param units GPU-seconds per container (capacity confirmed, or delivered net of refunds) */
    public static SortedMap<ContainerShare, BigInteger> split(BigInteger emissionWei, Map<ContainerShare, Long> units) {
        Map<ContainerShare, BigInteger> weights = new TreeMap<>();
        units.forEach((share, count) -> weights.put(share, BigInteger.valueOf(Math.max(0, count))));
        return ExactSplit.split(emissionWei, weights);
    }
}
