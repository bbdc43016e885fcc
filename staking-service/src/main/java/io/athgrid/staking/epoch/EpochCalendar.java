package io.athgrid.staking.epoch;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Numbers the staking epochs: epoch 0 starts at {@code startTime} UTC on the genesis Thursday, each
 * lasts {@code length} (a week), and an epoch's displayed end is {@code displayedEndBeforeNext}
 * before the next one starts (Thursday 00:01 - 2 minutes = Wednesday 23:59).
 */
public final class EpochCalendar {

    private final Instant genesis;
    private final Duration length;
    private final Duration displayedEndBeforeNext;

    public EpochCalendar(LocalDate genesisDay, LocalTime startTime, Duration length, Duration displayedEndBeforeNext) {
        if (genesisDay.getDayOfWeek() != DayOfWeek.THURSDAY) {
            throw new IllegalArgumentException("epochs start on a Thursday; " + genesisDay + " is a "
                    + genesisDay.getDayOfWeek());
        }
        if (length.isNegative() || length.isZero() || displayedEndBeforeNext.isNegative()
                || displayedEndBeforeNext.compareTo(length) >= 0) {
            throw new IllegalArgumentException("an epoch lasts a positive time and ends after it starts");
        }
        this.genesis = genesisDay.atTime(startTime).toInstant(ZoneOffset.UTC);
        this.length = length;
        this.displayedEndBeforeNext = displayedEndBeforeNext;
    }

    /** The start of epoch 0. */
    public Instant genesis() {
        return genesis;
    }

    public Duration length() {
        return length;
    }

    public Epoch epoch(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("epochs are numbered from 0");
        }
        Instant start = genesis.plus(length.multipliedBy(number));
        Instant end = start.plus(length);
        return new Epoch(number, start, end, end.minus(displayedEndBeforeNext));
    }

    /** The number of the epoch holding {@code instant}; negative before genesis. */
    public long numberAt(Instant instant) {
        return Math.floorDiv(Duration.between(genesis, instant).toMillis(), length.toMillis());
    }

    /** The epoch holding {@code instant}, or epoch 0 when it lies before genesis. */
    public Epoch epochAt(Instant instant) {
        return epoch(Math.max(0, numberAt(instant)));
    }

    /** Whole epochs from {@code from} to {@code to}, rounded down; zero when {@code to} is not later. */
    public long wholeEpochsBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return Duration.between(from, to).toMillis() / length.toMillis();
    }

    /**
     * The epochs a lock unlocking at {@code unlockTime} counts in the next epoch after {@code now}:
     * whole epochs from that epoch's start to the unlock time, at least one; zero when the lock ends
     * before that epoch starts (it earns nothing more).
     */
    public long epochsLockedInNext(Instant now, Instant unlockTime) {
        Instant next = epoch(Math.max(0, numberAt(now) + 1)).startsAt();
        if (!unlockTime.isAfter(next)) {
            return 0;
        }
        return Math.max(1, wholeEpochsBetween(next, unlockTime));
    }
}
