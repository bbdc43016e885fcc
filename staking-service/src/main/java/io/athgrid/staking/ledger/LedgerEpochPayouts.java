package io.athgrid.staking.ledger;

import io.athgrid.staking.epoch.EpochCursor;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Optional;
import java.util.SortedMap;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's side of settlement: an epoch's payouts are what claims released up to its end,
 * fixed when it closed; once its root is confirmed they move from PAYOUT to CLAIMABLE, and what
 * wallets already claimed on chain from CLAIMABLE to CLAIMED ({@link OnChainClaims}).
 */
public class LedgerEpochPayouts implements EpochPayouts {

    private final EpochCursor cursor;
    private final PayoutStore payouts;
    private final LedgerStore ledger;
    private final EpochBook book;
    private final OnChainClaims onChainClaims;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public LedgerEpochPayouts(EpochCursor cursor, PayoutStore payouts, LedgerStore ledger, EpochBook book,
            OnChainClaims onChainClaims, TransactionTemplate transaction, Clock clock) {
        this.cursor = cursor;
        this.payouts = payouts;
        this.ledger = ledger;
        this.book = book;
        this.onChainClaims = onChainClaims;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public long lastClosedEpoch() {
        return cursor.lastClosed();
    }

    @Override
    public long firstClosedEpoch() {
        return cursor.firstClosed();
    }

    @Override
    public Optional<SortedMap<String, BigInteger>> payoutsOf(long epoch) {
        if (epoch < 0 || epoch > cursor.lastClosed()) {
            return Optional.empty();
        }
        return Optional.of(payouts.of(epoch));
    }

    /** Joins the caller's transaction (settlement books its own state with it), else runs in its own. */
    @Override
    public void settled(long epoch, String root, String txHash) {
        transaction.executeWithoutResult(status -> {
            if (epoch < 0 || epoch > cursor.lockShared()) {
                throw new IllegalStateException("epoch " + epoch + " is not closed: nothing to settle");
            }
            Optional<String> settledRoot = book.lockSettledRoot(epoch);
            if (settledRoot.isPresent()) {
                if (!settledRoot.get().equalsIgnoreCase(root)) {
                    throw new IllegalStateException("epoch " + epoch + " was settled with root " + settledRoot.get()
                            + ", not " + root);
                }
                return;
            }
            JournalEntry.Builder entry = JournalEntry.builder("settlement:" + epoch, EntryKind.SETTLEMENT, epoch);
            payouts.of(epoch).forEach((owner, amount) -> entry.move(LedgerAccount.payout(owner),
                    LedgerAccount.claimable(owner), amount));
            entry.build().ifPresent(ledger::book);
            book.markSettled(epoch, root, txHash, clock.instant());
            onChainClaims.bookMirrored(epoch);
        });
    }
}
