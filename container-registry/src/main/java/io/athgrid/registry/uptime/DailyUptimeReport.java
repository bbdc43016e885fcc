package io.athgrid.registry.uptime;

import io.athgrid.events.v1.ContainerUptimeReported;
import io.athgrid.registry.RegistryProperties;
import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerRepository;
import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.lifecycle.StatusHistory;
import io.athgrid.support.outbox.Outbox;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At 23:59:59 UTC: each live container's offline minutes for the day, stored once per day and
 * announced as {@link ContainerUptimeReported}. One instance does it, under an advisory lock;
 * running it again for a reported day changes nothing.
 */
@Component
public class DailyUptimeReport {

    private static final Logger log = LoggerFactory.getLogger(DailyUptimeReport.class);
    /** The advisory lock key of this job ("uptime" in ASCII), unique within the registry's database. */
    static final long LOCK_KEY = 0x757074696d65L;

    private final ContainerRepository containers;
    private final StatusHistory history;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final UptimeSlo slo;
    private final Clock clock;

    public DailyUptimeReport(ContainerRepository containers, StatusHistory history, Outbox outbox, JdbcClient jdbc,
            RegistryProperties properties, Clock clock) {
        this.containers = containers;
        this.history = history;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.slo = slo(properties);
        this.clock = clock;
    }

    static UptimeSlo slo(RegistryProperties properties) {
        return new UptimeSlo(properties.uptime().dailyMaxOffline(), properties.uptime().monthlyMinUptimePercent());
    }

    @Scheduled(cron = "${athgrid.registry.uptime.daily-report-cron}", zone = "UTC")
    void reportToday() {
        report(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** Reports {@code day}; returns how many containers were newly reported (0 if another instance holds the lock). */
    @Transactional
    public int report(LocalDate day) {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single()) {
            log.info("Uptime of {} is being reported by another instance", day);
            return 0;
        }
        Instant dayEnd = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant now = clock.instant();
        int reported = 0;
        for (Container container : containers.findByStatusNotAndRegisteredAtBefore(ContainerStatus.RETIRED, dayEnd)) {
            // The day is counted as a whole: an interval still open counts until midnight.
            DayUptime uptime = UptimeCalculator.day(UptimeCalculator.offlineIntervals(history.of(container.id())),
                    container.registeredAt(), day, dayEnd, slo);
            if (store(container, uptime, now)) {
                outbox.publish(new ContainerUptimeReported(container.id().toString(), container.owner(), day,
                        uptime.offlineMinutes(), uptime.monthToDateUptimePercent(), uptime.dailySloMet(),
                        uptime.monthlySloMet()));
                reported++;
            }
        }
        log.info("Uptime of {} reported for {} containers", day, reported);
        return reported;
    }

    private boolean store(Container container, DayUptime uptime, Instant now) {
        return jdbc.sql("""
                        insert into container_uptime_day (container_id, day, offline_minutes,
                            month_to_date_uptime_percent, daily_slo_met, monthly_slo_met, reported_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(container.id(), Date.valueOf(uptime.day()), uptime.offlineMinutes(),
                        uptime.monthToDateUptimePercent(), uptime.dailySloMet(), uptime.monthlySloMet(),
                        Timestamp.from(now))
                .update() == 1;
    }
}
