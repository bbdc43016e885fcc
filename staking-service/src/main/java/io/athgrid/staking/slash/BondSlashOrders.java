package io.athgrid.staking.slash;

import java.math.BigInteger;

/**
 * Orders slashes of container bonds on chain ({@code ContainerBonds.slash}). An order is written in
 * the caller's transaction and sent later, exactly once, by the chain sender.
 */
public interface BondSlashOrders {

    /** Orders slashing {@code amountWei} of the container's bond; a second order with the same slashId is ignored. */
    void order(String slashId, String containerId, BigInteger amountWei, String evidenceHash);
}
