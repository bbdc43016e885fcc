package io.athgrid.staking.bond;

import io.athgrid.chain.ChainChange;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A ContainerBonds log about one container's bond.
 *
 * @param deltaWei     what the log moved: plus for POSTED and INCREASED, minus for SLASHED and WITHDRAWN,
 *                     zero for UNBONDING_STARTED
 * @param amountWei    what is bonded after the log (zero once WITHDRAWN)
 * @param unbondingEnd only UnbondingStarted says so; null for the other kinds
 * @param evidenceHash only BondSlashed carries one (0x hex); null for the other kinds
 */
public record BondChange(String containerId, String owner, Kind kind, BigInteger deltaWei, BigInteger amountWei,
        Instant unbondingEnd, String evidenceHash) implements ChainChange {

    /** The change names of {@code ContainerBondChanged}, plus SLASHED (announced as {@code BondSlashed}). */
    public enum Kind {
        POSTED,
        INCREASED,
        SLASHED,
        UNBONDING_STARTED,
        WITHDRAWN
    }
}
