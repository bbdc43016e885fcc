package io.athgrid.registry.bond;

import io.athgrid.events.v1.BondSlashed;
import io.athgrid.events.v1.ContainerBondChanged;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * One thing that happened to a container's bond on chain, as the staking-service reports it:
 * {@code amountWei} is what is bonded after it, {@code unbondingEnd} is set once unbonding started.
 */
public record BondNews(String containerId, String owner, Kind kind, BigInteger amountWei, Instant unbondingEnd,
        ChainPosition position, String txHash) {

    public enum Kind { POSTED, INCREASED, UNBONDING_STARTED, WITHDRAWN, SLASHED }

    /** Empty for a change this registry does not know (a later, additive event version) or a missing amount. */
    public static Optional<BondNews> of(ContainerBondChanged changed) {
        Optional<Kind> kind = Arrays.stream(Kind.values())
                .filter(candidate -> candidate != Kind.SLASHED && candidate.name().equals(changed.change()))
                .findFirst();
        if (kind.isEmpty() || !isAmount(changed.amountWei())) {
            return Optional.empty();
        }
        return Optional.of(new BondNews(changed.containerId(), changed.owner(), kind.get(), changed.amountWei(),
                changed.unbondingEnd(), new ChainPosition(changed.blockNumber(), changed.logIndex()),
                changed.txHash()));
    }

    /** Empty when the remaining amount is missing. */
    public static Optional<BondNews> of(BondSlashed slashed) {
        if (!isAmount(slashed.remainingWei())) {
            return Optional.empty();
        }
        return Optional.of(new BondNews(slashed.containerId(), slashed.owner(), Kind.SLASHED, slashed.remainingWei(),
                null, new ChainPosition(slashed.blockNumber(), slashed.logIndex()), slashed.txHash()));
    }

    /** For the container's history: what happened, and where on chain. */
    public String describe() {
        return "bond " + kind + " (block " + position.blockNumber() + ", tx " + txHash + ")";
    }

    private static boolean isAmount(BigInteger wei) {
        return wei != null && wei.signum() >= 0;
    }
}
