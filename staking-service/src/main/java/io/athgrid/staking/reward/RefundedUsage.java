package io.athgrid.staking.reward;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.RefundIssued;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.support.inbox.EventHandler;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refund takes back the delivery units of its charge, pro rata to the wei refunded (all of them
 * for a full refund), while the charge's epoch is open. Once that epoch closed its rewards are paid
 * and stay; the downtime is punished by the slash that comes with it.
 */
public class RefundedUsage implements EventHandler<RefundIssued> {

    private static final Logger log = LoggerFactory.getLogger(RefundedUsage.class);

    private final UnitStore units;
    private final EpochCursor cursor;
    private final Clock clock;

    public RefundedUsage(UnitStore units, EpochCursor cursor, Clock clock) {
        this.units = units;
        this.cursor = cursor;
        this.clock = clock;
    }

    @Override
    public Class<RefundIssued> eventType() {
        return RefundIssued.class;
    }

    @Override
    public void handle(EventEnvelope<RefundIssued> event) {
        RefundIssued refund = event.payload();
        long lastClosed = cursor.lockShared();
        String chargeRef = DeliveredUsage.chargeRef(refund.chargeId());
        Optional<UnitStore.ChargeUnits> charge = units.lockCharge(chargeRef);
        long removed = 0;
        if (charge.isEmpty()) {
            log.info("Refund {} is for charge {} this ledger never counted; nothing to take back", refund.refundId(),
                    refund.chargeId());
        } else if (charge.get().epoch() <= lastClosed) {
            log.info("Refund {}: charge {} was paid in closed epoch {}; its delivery reward stays", refund.refundId(),
                    refund.chargeId(), charge.get().epoch());
        } else {
            removed = charge.get().removedBy(refund.amountWei());
        }
        units.recordRefund(refund.refundId(), chargeRef, removed, clock.instant());
    }
}
