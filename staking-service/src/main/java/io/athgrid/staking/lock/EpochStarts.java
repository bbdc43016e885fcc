package io.athgrid.staking.lock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When staking epochs start (weekly, on a UTC day and time: Thursday 00:01 by design), and what a
 * lock is worth in them: stake earns from the first epoch that starts after it was locked, with
 * "epochs locked" counted in whole epochs from that start to the unlock time, at least one.
 */
public final class EpochStarts {

    private static final Duration EPOCH = Duration.ofDays(7);

    private final DayOfWeek day;
    private final LocalTime time;

    public EpochStarts(DayOfWeek day, LocalTime time) {
        this.day = day;
        this.time = time;
    }

    /** The first epoch start strictly after {@code now}. */
    public Instant nextAfter(Instant now) {
        ZonedDateTime at = now.atZone(ZoneOffset.UTC);
        ZonedDateTime candidate = at.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!candidate.isAfter(at)) {
            candidate = candidate.plus(EPOCH);
        }
        return candidate.toInstant();
    }

    /**
     * The "epochs locked" a lock unlocking at {@code unlockTime} has in the next epoch: whole epochs
     * from its start to the unlock time, at least one; zero when the lock ends before it starts.
     */
    public long epochsLockedFromNext(Instant now, Instant unlockTime) {
        Instant next = nextAfter(now);
        if (!unlockTime.isAfter(next)) {
            return 0;
        }
        return Math.max(1, Duration.between(next, unlockTime).toSeconds() / EPOCH.toSeconds());
    }
}
