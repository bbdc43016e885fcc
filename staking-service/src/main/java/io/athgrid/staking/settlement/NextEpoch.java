package io.athgrid.staking.settlement;

import java.util.OptionalLong;

/**
 * Which epoch settles next. Epochs settle one after the other from the first this deployment
 * settles: the ledger pays in an epoch what earlier epochs did not settle, so an epoch whose root
 * is still on its way (or halted) holds back every later one.
 */
public final class NextEpoch {

    private NextEpoch() {
    }

    /**
     * @param latest          the newest epoch recorded, or null for none yet
     * @param latestStatus    its status (ignored when {@code latest} is null)
     * @param firstEpoch      the first epoch this deployment settles
     * @param lastClosedEpoch the newest epoch the ledger has closed, -1 for none
     * @return the epoch to compute now, or empty when none is due
     */
    public static OptionalLong due(Long latest, SettlementStatus latestStatus, long firstEpoch, long lastClosedEpoch) {
        if (latest != null && !latestStatus.letsNextEpochSettle()) {
            return OptionalLong.empty();
        }
        long next = latest == null ? firstEpoch : latest + 1;
        return next <= lastClosedEpoch ? OptionalLong.of(next) : OptionalLong.empty();
    }
}
