package io.athgrid.staking.ledger;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.CheckerRewardAccrued;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.support.inbox.EventHandler;
import java.time.Clock;

/**
 * Books a checker license's reward (computed by checker-service) to its owner, available at once.
 * Keyed by the accrual id, so the same accrual is booked once however often it arrives.
 */
public class CheckerRewards implements EventHandler<CheckerRewardAccrued> {

    private final LedgerStore ledger;
    private final AccrualStore accruals;
    private final EpochCursor cursor;
    private final Clock clock;

    public CheckerRewards(LedgerStore ledger, AccrualStore accruals, EpochCursor cursor, Clock clock) {
        this.ledger = ledger;
        this.accruals = accruals;
        this.cursor = cursor;
        this.clock = clock;
    }

    @Override
    public Class<CheckerRewardAccrued> eventType() {
        return CheckerRewardAccrued.class;
    }

    @Override
    public void handle(EventEnvelope<CheckerRewardAccrued> event) {
        CheckerRewardAccrued reward = event.payload();
        if (reward.amountWei().signum() <= 0) {
            return;
        }
        long epoch = cursor.openEpochFor(reward.accruedAt());
        String key = "checker:" + reward.accrualId();
        JournalEntry entry = JournalEntry.builder(key, EntryKind.CHECKER_REWARD, epoch)
                .move(LedgerAccount.source(Origin.CHECKER), LedgerAccount.available(reward.owner(), Origin.CHECKER),
                        reward.amountWei())
                .build().orElseThrow();
        if (ledger.book(entry)) {
            accruals.insert(new Accrual(epoch, reward.owner(), RewardKind.CHECKER, reward.licenseId(),
                    reward.amountWei()), key, clock.instant());
        }
    }
}
