package io.athgrid.staking.reward;

import io.athgrid.staking.ledger.Origin;

/** The two token-staking pools; a holder may lock in both. */
public enum StakingPool {
    AI,
    GAMING;

    public Origin origin() {
        return Origin.ofPool(name());
    }
}
