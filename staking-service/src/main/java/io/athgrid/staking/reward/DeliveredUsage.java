package io.athgrid.staking.reward;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.UsageMetered;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.support.inbox.EventHandler;
import java.time.Clock;

/**
 * Proof of Delivery: a charge for customer work counts its GPU-seconds for the container's owner in
 * the epoch it was metered in. One charge counts once; refunds take it back ({@link RefundedUsage}).
 */
public class DeliveredUsage implements EventHandler<UsageMetered> {

    private final UnitStore units;
    private final EpochCursor cursor;
    private final Clock clock;

    public DeliveredUsage(UnitStore units, EpochCursor cursor, Clock clock) {
        this.units = units;
        this.cursor = cursor;
        this.clock = clock;
    }

    @Override
    public Class<UsageMetered> eventType() {
        return UsageMetered.class;
    }

    @Override
    public void handle(EventEnvelope<UsageMetered> event) {
        UsageMetered usage = event.payload();
        if (usage.gpuSeconds() <= 0) {
            return;
        }
        long epoch = cursor.openEpochFor(usage.meteredAt());
        units.record(chargeRef(usage.chargeId()), Origin.PROOF_OF_DELIVERY, epoch, usage.containerId(), usage.owner(),
                usage.gpuSeconds(), usage.amountWei(), clock.instant());
    }

    static String chargeRef(String chargeId) {
        return "charge:" + chargeId;
    }
}
