package io.athgrid.staking.reward;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.Origin;
import io.athgrid.support.inbox.EventHandler;
import java.time.Clock;
import java.time.Duration;

/**
 * Proof of Capacity: a passed liveness check of a container in STANDBY confirms its GPUs were ready
 * for the check's window, worth (window end - window start) x GPU count GPU-seconds in the epoch the
 * window started in. One check job counts once.
 */
public class CapacityProofs implements EventHandler<CheckVerdictReached> {

    private final UnitStore units;
    private final EpochCursor cursor;
    private final Clock clock;

    public CapacityProofs(UnitStore units, EpochCursor cursor, Clock clock) {
        this.units = units;
        this.cursor = cursor;
        this.clock = clock;
    }

    @Override
    public Class<CheckVerdictReached> eventType() {
        return CheckVerdictReached.class;
    }

    @Override
    public void handle(EventEnvelope<CheckVerdictReached> event) {
        CheckVerdictReached verdict = event.payload();
        if (!"LIVENESS".equals(verdict.kind()) || !"PASSED".equals(verdict.outcome())
                || !"STANDBY".equals(verdict.containerStatus())) {
            return;
        }
        long seconds = Duration.between(verdict.windowStart(), verdict.windowEnd()).toSeconds();
        if (seconds <= 0 || verdict.gpuCount() <= 0) {
            return;
        }
        long epoch = cursor.openEpochFor(verdict.windowStart());
        units.record("verdict:" + verdict.jobId(), Origin.PROOF_OF_CAPACITY, epoch, verdict.containerId(),
                verdict.owner(), Math.multiplyExact(seconds, verdict.gpuCount()), null, clock.instant());
    }
}
