package io.athgrid.staking.settlement;

import io.athgrid.staking.ledger.EpochPayouts;
import io.athgrid.staking.settlement.tx.OutgoingTx;
import io.athgrid.staking.settlement.tx.OutgoingTxStore;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns closed epochs into stored trees, in epoch order, one root in flight at a time: the ledger
 * counts what an epoch pays from what earlier epochs settled, so epoch n + 1 is computed only once
 * epoch n is SETTLED (or EMPTY). The tree, its leaves and the queued postRoot commit together.
 */
public class EpochSettler {

    private static final Logger log = LoggerFactory.getLogger(EpochSettler.class);

    private final EpochPayouts payouts;
    private final SettlementStore settlements;
    private final OutgoingTxStore transactions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long firstEpoch;

    public EpochSettler(EpochPayouts payouts, SettlementStore settlements, OutgoingTxStore transactions,
            TransactionTemplate transaction, Clock clock, long firstEpoch) {
        this.payouts = payouts;
        this.settlements = settlements;
        this.transactions = transactions;
        this.transaction = transaction;
        this.clock = clock;
        this.firstEpoch = firstEpoch;
    }

    /** Computes every epoch that is due now (empty ones in a row, then at most one to post); how many. */
    public int computeDue() {
        int computed = 0;
        while (true) {
            Optional<EpochSettlement> latest = settlements.latest();
            OptionalLong due = NextEpoch.due(latest.map(EpochSettlement::epoch).orElse(null),
                    latest.map(EpochSettlement::status).orElse(null),
                    Math.max(firstEpoch, payouts.firstClosedEpoch()), payouts.lastClosedEpoch());
            if (due.isEmpty()) {
                return computed;
            }
            long next = due.getAsLong();
            Optional<SortedMap<String, BigInteger>> closed = payouts.payoutsOf(next);
            if (closed.isEmpty()) {
                return computed;
            }
            Optional<EpochTree> tree = EpochTree.of(next, closed.get());
            if (tree.isPresent()) {
                save(tree.get());
                return computed + 1;
            }
            transaction.executeWithoutResult(status -> settlements.saveEmpty(next, clock.instant()));
            log.info("epoch {} has nothing to claim: recorded EMPTY, no root posted", next);
            computed++;
        }
    }

    private void save(EpochTree tree) {
        String subject = Long.toString(tree.epoch());
        transaction.executeWithoutResult(status -> {
            transactions.queue(RootPosting.PURPOSE, subject, clock.instant());
            settlements.saveComputed(tree, OutgoingTx.idOf(RootPosting.PURPOSE, subject), clock.instant());
        });
        log.info("epoch {}: root {} over {} accounts, total {} wei; posting it", tree.epoch(), tree.rootHex(),
                tree.size(), tree.total());
    }
}
