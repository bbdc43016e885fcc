package io.athgrid.staking.ledger;

/** What a ledger account holds. Wallet buckets never go below zero (a database check says so too). */
public enum Bucket {
    /** Where vATH of an origin comes from: emission pools, the checker pool, customers' provider fees. Goes negative. */
    SOURCE(false),
    /** Emission nobody earned (an epoch without stakers or units) and the returned 75 % of quick claims. */
    RETURNED(false),
    /** Container rewards taken by slashes. */
    SLASHED(false),
    /** A wallet's rewards that have not vested yet. */
    VESTING(true),
    /** A wallet's vATH it may convert to a claim. */
    AVAILABLE(true),
    /** Claims being released linearly. */
    CLAIMING(true),
    /** Released from claims, waiting for the epoch's Merkle root on chain. */
    PAYOUT(true),
    /** Under a confirmed root: the wallet can claim it from the reward distributor. */
    CLAIMABLE(true),
    /** Claimed from the reward distributor, as confirmed on chain: paid out in ATH. */
    CLAIMED(true);

    private final boolean wallet;

    Bucket(boolean wallet) {
        this.wallet = wallet;
    }

    public boolean wallet() {
        return wallet;
    }
}
