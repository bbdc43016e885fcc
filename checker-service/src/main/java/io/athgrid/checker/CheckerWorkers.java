package io.athgrid.checker;

import io.athgrid.checker.accrual.RewardAccruals;
import io.athgrid.checker.job.Assigning;
import io.athgrid.checker.job.Reassigning;
import io.athgrid.checker.slash.SlashExecutions;
import io.athgrid.checker.verdict.Judging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The checker's periodic work. Each run takes what is due from the database, so a missed or failed
 * run is made up by the next one, on this replica or another.
 */
@Component
class CheckerWorkers {

    private static final Logger log = LoggerFactory.getLogger(CheckerWorkers.class);

    private final Reassigning reassigning;
    private final Assigning assigning;
    private final Judging judging;
    private final SlashExecutions slashes;
    private final RewardAccruals rewards;
    private final int batch;

    CheckerWorkers(Reassigning reassigning, Assigning assigning, Judging judging, SlashExecutions slashes,
            RewardAccruals rewards, CheckerProperties properties) {
        this.reassigning = reassigning;
        this.assigning = assigning;
        this.judging = judging;
        this.slashes = slashes;
        this.rewards = rewards;
        this.batch = properties.workers().batch();
    }

    /** Seats nobody will answer go to others first, then the windows that began get their jobs. */
    @Scheduled(fixedDelayString = "${athgrid.checker.workers.assignment-interval}")
    void assign() {
        guarded("reassignment", () -> {
            while (reassigning.releaseDue() >= batch) {
                // Keep going while a full batch was due.
            }
        });
        guarded("assignment", assigning::assignDue);
    }

    @Scheduled(fixedDelayString = "${athgrid.checker.workers.referee-interval}")
    void decide() {
        guarded("referee", () -> {
            while (judging.decideDue() >= batch) {
                // Keep going while a full batch was due.
            }
        });
    }

    @Scheduled(fixedDelayString = "${athgrid.checker.workers.slash-interval}")
    void executeSlashes() {
        guarded("slash execution", slashes::executeDue);
    }

    /** After 00:00 UTC (plus the grace), and on start for any day this service missed. */
    @Scheduled(cron = "${athgrid.checker.rewards.accrual-cron}", zone = "UTC")
    @EventListener(ApplicationReadyEvent.class)
    void accrueRewards() {
        guarded("reward accrual", rewards::accrueFinishedDays);
    }

    private static void guarded(String work, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            log.warn("{} run failed, the next run retries: {}", work, e.toString());
        }
    }
}
