package io.athgrid.scheduler;

import io.athgrid.scheduler.billing.FeeAccruals;
import io.athgrid.scheduler.billing.Metering;
import io.athgrid.scheduler.lease.LeaseRenewals;
import io.athgrid.scheduler.lease.Releases;
import io.athgrid.scheduler.market.IndexerMarket;
import io.athgrid.scheduler.matching.Matching;
import io.athgrid.scheduler.provisioning.Provisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduler's periodic work. Each run takes what is due from the database, so a missed or
 * failed run is made up by the next one, on this replica or another.
 */
@Component
class SchedulerWorkers {

    private static final Logger log = LoggerFactory.getLogger(SchedulerWorkers.class);

    private final Matching matching;
    private final Provisioning provisioning;
    private final LeaseRenewals renewals;
    private final Releases releases;
    private final Metering metering;
    private final FeeAccruals accruals;
    private final IndexerMarket market;

    SchedulerWorkers(Matching matching, Provisioning provisioning, LeaseRenewals renewals, Releases releases,
            Metering metering, FeeAccruals accruals, IndexerMarket market) {
        this.matching = matching;
        this.provisioning = provisioning;
        this.renewals = renewals;
        this.releases = releases;
        this.metering = metering;
        this.accruals = accruals;
        this.market = market;
    }

    @Scheduled(fixedDelayString = "${athgrid.scheduler.matching.poll-interval}")
    void match() {
        guarded("matching", () -> {
            while (matching.attemptDue() > 0) {
                // Keep going while a full batch was due.
            }
        });
    }

    @Scheduled(fixedDelayString = "${athgrid.scheduler.provisioning.poll-interval}")
    void provision() {
        guarded("provisioning", () -> provisioning.startDue());
    }

    @Scheduled(fixedDelayString = "${athgrid.scheduler.leases.renew-interval}")
    void renew() {
        guarded("lease renewal", () -> renewals.renewDue());
    }

    @Scheduled(fixedDelayString = "${athgrid.scheduler.release-interval}")
    void release() {
        guarded("reservation release", () -> releases.releasePending());
    }

    @Scheduled(fixedDelayString = "${athgrid.scheduler.billing.metering-interval}")
    void meter() {
        guarded("metering", () -> metering.meterRunning());
    }

    /** Jobs end on time, not at the next metering run: their containers go back to the market. */
    @Scheduled(fixedDelayString = "${athgrid.scheduler.provisioning.poll-interval}")
    void complete() {
        guarded("completion", () -> metering.completeDue());
    }

    /** At 00:00 UTC, and on start for any midnight this service missed. */
    @Scheduled(cron = "${athgrid.scheduler.billing.accrual-cron}", zone = "UTC")
    @EventListener(ApplicationReadyEvent.class)
    void accrue() {
        guarded("provider fee accrual", () -> accruals.accrueFinishedDays());
    }

    @Scheduled(fixedDelayString = "${athgrid.scheduler.market-refresh-interval}")
    void refreshMarket() {
        market.refresh();
    }

    private static void guarded(String work, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            log.warn("{} run failed, the next run retries: {}", work, e.toString());
        }
    }
}
