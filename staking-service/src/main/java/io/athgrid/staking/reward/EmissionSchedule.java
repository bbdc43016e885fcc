package io.athgrid.staking.reward;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A staking pool's emission campaign as configured: {@code totalUsd} of ATH over {@code epochs}
 * epochs from {@code startEpoch} (the design's example: the AI pool, USD 30 M over 24 weeks).
 */
public record EmissionSchedule(String id, StakingPool pool, BigDecimal totalUsd, int epochs, long startEpoch) {

    public EmissionSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pool, "pool");
        if (totalUsd == null || totalUsd.signum() < 0 || epochs < 1 || startEpoch < 0) {
            throw new IllegalArgumentException("schedule " + id + ": totalUsd >= 0, epochs >= 1, startEpoch >= 0");
        }
    }

    /** The last epoch it emits in. */
    public long lastEpoch() {
        return startEpoch + epochs - 1;
    }

    public boolean covers(long epoch) {
        return epoch >= startEpoch && epoch <= lastEpoch();
    }

    /** The same campaign: pool, budget (as a number), length and start. */
    public boolean sameTerms(EmissionSchedule other) {
        return id.equals(other.id) && pool == other.pool && totalUsd.compareTo(other.totalUsd) == 0
                && epochs == other.epochs && startEpoch == other.startEpoch;
    }
}
