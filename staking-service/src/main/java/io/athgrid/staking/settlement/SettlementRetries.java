package io.athgrid.staking.settlement;

import io.athgrid.staking.settlement.tx.OutgoingTx;
import io.athgrid.staking.settlement.tx.OutgoingTxStore;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a FAILED epoch back on its way once a person fixed the cause (e.g. granted SETTLER_ROLE
 * again). Safe to repeat: the root is prepared from scratch, and rootOf is read before anything is
 * signed. HALTED epochs are not retried: the chain holds another root, which no retry changes.
 */
public class SettlementRetries {

    public enum Outcome { REQUEUED, NOT_FOUND, NOT_FAILED }

    private final SettlementStore settlements;
    private final OutgoingTxStore transactions;
    private final TransactionTemplate transaction;

    public SettlementRetries(SettlementStore settlements, OutgoingTxStore transactions, TransactionTemplate transaction) {
        this.settlements = settlements;
        this.transactions = transactions;
        this.transaction = transaction;
    }

    public Outcome retry(long epoch, String by) {
        return transaction.execute(status -> {
            EpochSettlement settlement = settlements.find(epoch).orElse(null);
            if (settlement == null) {
                return Outcome.NOT_FOUND;
            }
            if (settlement.status() != SettlementStatus.FAILED || !settlements.reopenFailed(epoch)) {
                return Outcome.NOT_FAILED;
            }
            String txId = OutgoingTx.idOf(RootPosting.PURPOSE, Long.toString(epoch));
            if (!transactions.retryFailed(txId, "retried by " + by)) {
                status.setRollbackOnly();
                return Outcome.NOT_FAILED;
            }
            return Outcome.REQUEUED;
        });
    }
}
