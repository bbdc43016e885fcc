package io.athgrid.staking.epoch;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newest closed epoch, and the lock that keeps bookings and the epoch close apart: a booking
 * takes it shared and attributes what it books to an epoch still open; the close takes it
 * exclusively. Something that happened in an epoch already closed (an event that arrived late)
 * counts in the oldest open epoch, so it is announced and paid, just a week later.
 */
public class EpochCursor {

    private final JdbcClient jdbc;
    private final EpochCalendar calendar;

    public EpochCursor(JdbcClient jdbc, EpochCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** The newest closed epoch, -1 while none is; no lock. */
    public long lastClosed() {
        return jdbc.sql("select last_closed from ledger_cursor where id = 1").query(Long.class).single();
    }

    /**
     * The oldest closed epoch, or while none is, the next one to close: a fresh ledger starts at the
     * epoch current when it first ran, and the epochs skipped before it were never closed.
     */
    public long firstClosed() {
        return jdbc.sql("select coalesce((select min(epoch) from ledger_epoch), "
                        + "(select last_closed + 1 from ledger_cursor where id = 1))")
                .query(Long.class).single();
    }

    /** The newest closed epoch, held so that no close runs until this transaction ends. */
    public long lockShared() {
        return jdbc.sql("select last_closed from ledger_cursor where id = 1 for share").query(Long.class).single();
    }

    /** The newest closed epoch, held so that nothing is booked until this transaction ends (the close). */
    public long lockExclusive() {
        return jdbc.sql("select last_closed from ledger_cursor where id = 1 for update").query(Long.class).single();
    }

    /** The epoch something that happened at {@code instant} counts in; takes the shared lock. */
    public long openEpochFor(Instant instant) {
        return Math.max(calendar.numberAt(instant), lockShared() + 1);
    }

    /**
     * On a ledger that never closed an epoch, marks the epochs up to {@code epoch} as behind it: a
     * new deployment does not close (and announce) every empty epoch since genesis. No-op otherwise.
     */
    public void startAfter(long epoch) {
        jdbc.sql("update ledger_cursor set last_closed = ? where id = 1 and last_closed = -1").param(epoch).update();
    }

    /** Under the exclusive lock: {@code epoch} is closed now. */
    public void advance(long epoch) {
        int updated = jdbc.sql("update ledger_cursor set last_closed = ? where id = 1 and last_closed = ?")
                .params(epoch, epoch - 1)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("epoch " + epoch + " is not the next to close");
        }
    }
}
