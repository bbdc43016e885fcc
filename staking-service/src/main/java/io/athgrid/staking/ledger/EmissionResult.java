package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One emission pool's share-out in an epoch: what was scheduled, what accrued to accounts and what
 * was returned because nobody earned it (scheduled = accrued + returned), with the entry booking it,
 * the accruals to announce and the vesting grants it opens.
 */
public record EmissionResult(long epoch, Origin origin, BigInteger scheduledWei, BigInteger accruedWei,
        BigInteger returnedWei, Optional<JournalEntry> entry, List<Accrual> accruals, List<VestingGrant> grants) {

    public EmissionResult {
        accruals = List.copyOf(accruals);
        grants = List.copyOf(grants);
        if (!scheduledWei.equals(accruedWei.add(returnedWei))) {
            throw new IllegalArgumentException(origin + " in epoch " + epoch + ": accrued + returned != scheduled");
        }
    }
}
