package io.athgrid.staking.ledger;

/** What earned vATH. Emission kinds are paid from the protocol's emission pools, epoch by epoch. */
public enum RewardKind {
    STAKER(true),
    PROOF_OF_CAPACITY(true),
    PROOF_OF_DELIVERY(true),
    CHECKER(false),
    PROVIDER_FEE(false);

    private final boolean emission;

    RewardKind(boolean emission) {
        this.emission = emission;
    }

    /** Split at epoch close from a per-epoch emission; the others accrue when their event arrives. */
    public boolean emission() {
        return emission;
    }
}
