package io.athgrid.staking.lock;

/** The staking pools, in StakingPools' numbering: {@code AI} is 0, {@code GAMING} is 1. */
public enum Pool {
    AI,
    GAMING;

    /** The pool of StakingPools' {@code uint8 pool}. */
    public static Pool ofIndex(int index) {
        if (index < 0 || index >= values().length) {
            throw new IllegalArgumentException("StakingPools has no pool " + index);
        }
        return values()[index];
    }

    public int index() {
        return ordinal();
    }
}
