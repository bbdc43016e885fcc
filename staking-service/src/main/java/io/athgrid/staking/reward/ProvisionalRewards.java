package io.athgrid.staking.reward;

import io.athgrid.staking.epoch.Epoch;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.Origin;
import java.time.Clock;
import java.time.Instant;

/**
 * An account's provisional container rewards in the open epoch, from the units recorded so far
 * ({@link ProvisionalSplit} holds the rule). Reads only; nothing here is booked.
 */
public class ProvisionalRewards {

    private final EpochCalendar calendar;
    private final EpochCursor cursor;
    private final UnitStore units;
    private final ProvisionalSplit split;
    private final Clock clock;

    public ProvisionalRewards(EpochCalendar calendar, EpochCursor cursor, UnitStore units, ProvisionalSplit split,
            Clock clock) {
        this.calendar = calendar;
        this.cursor = cursor;
        this.units = units;
        this.split = split;
        this.clock = clock;
    }

    /**
     * As of now, in the open epoch: the one units recorded now count in (the epoch holding now, or
     * the one after the newest closed epoch if that is later, as {@link EpochCursor#openEpochFor}).
     */
    public ProvisionalSplit.Estimate now(String account) {
        Instant now = clock.instant();
        long open = Math.max(Math.max(0, calendar.numberAt(now)), cursor.lastClosed() + 1);
        return of(account, calendar.epoch(open), now);
    }

    /** As of {@code asOf} in {@code epoch} (the elapsed part held to the epoch), from the units recorded in it so far. */
    public ProvisionalSplit.Estimate of(String account, Epoch epoch, Instant asOf) {
        return split.estimate(epoch, asOf, account, units.netUnits(epoch.number(), Origin.PROOF_OF_CAPACITY),
                units.netUnits(epoch.number(), Origin.PROOF_OF_DELIVERY));
    }
}
