package io.athgrid.staking.slash;

import java.math.BigInteger;

/**
 * How much of a bond to slash for an order, decided just before signing from the bond as it stands
 * on chain: the ordered amount, or what is left when the bond holds less (ContainerBonds reverts a
 * slash above the bond), or nothing when there is no bond.
 *
 * @param amountWei what to slash; zero means send nothing
 * @param note      why it differs from the order, or null
 */
public record SlashPlan(BigInteger amountWei, String note) {

    public static SlashPlan of(BigInteger orderedWei, BigInteger bondedWei) {
        if (orderedWei.signum() <= 0) {
            throw new IllegalArgumentException("a slash order is for more than zero wei");
        }
        if (bondedWei.signum() <= 0) {
            return new SlashPlan(BigInteger.ZERO, "the container has no bond left to slash");
        }
        if (bondedWei.compareTo(orderedWei) < 0) {
            return new SlashPlan(bondedWei, "the bond held only " + bondedWei + " of the " + orderedWei + " wei ordered");
        }
        return new SlashPlan(orderedWei, null);
    }

    public boolean sends() {
        return amountWei.signum() > 0;
    }
}
