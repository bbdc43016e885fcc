package io.athgrid.staking.ledger;

import java.util.Locale;

/**
 * The pool vATH came from. Balances are kept per origin so that what a quick claim gives back
 * returns to the pool it came from, and a slash takes container rewards only.
 */
public enum Origin {
    STAKER_AI(RewardKind.STAKER, "AI"),
    STAKER_GAMING(RewardKind.STAKER, "GAMING"),
    PROOF_OF_CAPACITY(RewardKind.PROOF_OF_CAPACITY, null),
    PROOF_OF_DELIVERY(RewardKind.PROOF_OF_DELIVERY, null),
    CHECKER(RewardKind.CHECKER, null),
    PROVIDER_FEE(RewardKind.PROVIDER_FEE, null);

    private final RewardKind kind;
    private final String pool;

    Origin(RewardKind kind, String pool) {
        this.kind = kind;
        this.pool = pool;
    }

    public RewardKind kind() {
        return kind;
    }

    /** The staking pool ({@code AI}, {@code GAMING}) of a staker origin, else {@code null}. */
    public String pool() {
        return pool;
    }

    /** Host rewards, the part of a wallet's balance a container slash takes first. */
    public boolean containerReward() {
        return this == PROOF_OF_CAPACITY || this == PROOF_OF_DELIVERY;
    }

    public static Origin ofPool(String pool) {
        return switch (pool.toUpperCase(Locale.ROOT)) {
            case "AI" -> STAKER_AI;
            case "GAMING" -> STAKER_GAMING;
            default -> throw new IllegalArgumentException("no staking pool " + pool);
        };
    }

    /** The one origin of a kind other than STAKER (whose origin depends on the pool). */
    public static Origin of(RewardKind kind) {
        if (kind == RewardKind.STAKER) {
            throw new IllegalArgumentException("staker rewards come from a pool: use ofPool");
        }
        return valueOf(kind.name());
    }
}
