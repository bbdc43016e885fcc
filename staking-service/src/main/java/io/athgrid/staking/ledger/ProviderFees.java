package io.athgrid.staking.ledger;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.ProviderFeeAccrued;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.support.inbox.EventHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Books a container's provider fees of a day to its owner, vesting linearly from their accrual until
 * {@code vestsAt} (45 days). Keyed by the accrual id, so the same accrual is booked once.
 */
public class ProviderFees implements EventHandler<ProviderFeeAccrued> {

    private final LedgerStore ledger;
    private final GrantStore grants;
    private final AccrualStore accruals;
    private final EpochCursor cursor;
    private final Clock clock;

    public ProviderFees(LedgerStore ledger, GrantStore grants, AccrualStore accruals, EpochCursor cursor, Clock clock) {
        this.ledger = ledger;
        this.grants = grants;
        this.accruals = accruals;
        this.cursor = cursor;
        this.clock = clock;
    }

    @Override
    public Class<ProviderFeeAccrued> eventType() {
        return ProviderFeeAccrued.class;
    }

    @Override
    public void handle(EventEnvelope<ProviderFeeAccrued> event) {
        ProviderFeeAccrued fee = event.payload();
        if (fee.amountWei().signum() <= 0) {
            return;
        }
        long epoch = cursor.openEpochFor(fee.accruedAt());
        String key = "fee:" + fee.accrualId();
        JournalEntry entry = JournalEntry.builder(key, EntryKind.PROVIDER_FEE, epoch)
                .move(LedgerAccount.source(Origin.PROVIDER_FEE), LedgerAccount.vesting(fee.owner(), Origin.PROVIDER_FEE),
                        fee.amountWei())
                .build().orElseThrow();
        if (!ledger.book(entry)) {
            return;
        }
        Duration vesting = fee.vestsAt().isAfter(fee.accruedAt())
                ? Duration.between(fee.accruedAt(), fee.vestsAt()) : Duration.ZERO;
        grants.insert(VestingGrant.of(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)), fee.owner(),
                Bucket.VESTING, Origin.PROVIDER_FEE, fee.amountWei(), fee.accruedAt(), vesting));
        accruals.insert(new Accrual(epoch, fee.owner(), RewardKind.PROVIDER_FEE, fee.containerId(), fee.amountWei()),
                key, clock.instant());
    }
}
