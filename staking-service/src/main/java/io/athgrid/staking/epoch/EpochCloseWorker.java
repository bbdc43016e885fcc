package io.athgrid.staking.epoch;

import io.athgrid.staking.reward.RewardSchedules;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Locks the rate of schedules that just started and closes the epochs that are due; its first run on
 * a fresh ledger starts closing at the current epoch. Each run takes
 * what is due from the database, so a missed or failed run is made up by the next, on any replica.
 */
public class EpochCloseWorker {

    private static final Logger log = LoggerFactory.getLogger(EpochCloseWorker.class);

    private final EpochClosing closing;
    private final EpochCursor cursor;
    private final RewardSchedules schedules;
    private final EpochCalendar calendar;
    private final Clock clock;

    public EpochCloseWorker(EpochClosing closing, EpochCursor cursor, RewardSchedules schedules, EpochCalendar calendar,
            Clock clock) {
        this.closing = closing;
        this.cursor = cursor;
        this.schedules = schedules;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${athgrid.staking.epochs.close-interval:60s}")
    void run() {
        try {
            Instant now = clock.instant();
            long current = calendar.numberAt(now);
            if (current >= 0) {
                cursor.startAfter(current - 1);
                schedules.lockStarted(current);
            }
            closing.closeDue(now);
        } catch (RuntimeException e) {
            log.error("Epoch close run failed, the next run retries", e);
        }
    }
}
