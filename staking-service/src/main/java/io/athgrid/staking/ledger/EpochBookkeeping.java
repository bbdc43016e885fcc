package io.athgrid.staking.ledger;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What an epoch close writes to the ledger, in the close's transaction: each emission pool's
 * share-out (entry, grants, accruals) and the release of every grant's vested part up to the
 * epoch's end, whose claim part becomes the epoch's payouts.
 */
public class EpochBookkeeping {

    private final LedgerStore ledger;
    private final GrantStore grants;
    private final AccrualStore accruals;
    private final PayoutStore payouts;
    private final EpochBook book;
    private final Clock clock;

    public EpochBookkeeping(LedgerStore ledger, GrantStore grants, AccrualStore accruals, PayoutStore payouts,
            EpochBook book, Clock clock) {
        this.ledger = ledger;
        this.grants = grants;
        this.accruals = accruals;
        this.payouts = payouts;
        this.book = book;
        this.clock = clock;
    }

    public void record(EmissionResult result) {
        result.entry().ifPresent(entry -> {
            if (!ledger.book(entry)) {
                throw new IllegalStateException("entry " + entry.key() + " was booked before: the epoch closed twice");
            }
        });
        Instant now = clock.instant();
        result.grants().forEach(grants::insert);
        String key = result.entry().map(JournalEntry::key).orElse("");
        result.accruals().forEach(accrual -> accruals.insert(accrual, key, now));
        book.recordEmission(result);
    }

    /** Releases what vested by {@code end}; the epoch's payouts are what claims released. */
    public VestingRelease release(long epoch, Instant end) {
        VestingRelease release = VestingRelease.upTo(epoch, end, grants.lockOpenStartedBy(end));
        release.entry().ifPresent(ledger::book);
        grants.addReleased(release.releasedByGrant());
        payouts.insert(epoch, release.payouts());
        return release;
    }

    /** The epoch's accruals of every kind, summed per account, kind and source. */
    public List<Accrual> accrualsOf(long epoch) {
        return accruals.ofEpoch(epoch);
    }

    /** Read back from the accruals: what the emission kinds accrued in the epoch. */
    public BigInteger emissionAccruedIn(long epoch) {
        return accruals.emissionAccruedIn(epoch);
    }

    public void recordClosed(EpochBook.ClosedEpoch closed) {
        book.recordClosed(closed);
    }
}
