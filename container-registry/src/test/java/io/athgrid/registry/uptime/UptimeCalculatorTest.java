package io.athgrid.registry.uptime;

import static io.athgrid.registry.lifecycle.ContainerStatus.CHECKING;
import static io.athgrid.registry.lifecycle.ContainerStatus.OFFLINE;
import static io.athgrid.registry.lifecycle.ContainerStatus.RETIRED;
import static io.athgrid.registry.lifecycle.ContainerStatus.STANDBY;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.lifecycle.StatusChange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UptimeCalculatorTest {

    private static final UptimeSlo SLO = new UptimeSlo(Duration.ofMinutes(30), new BigDecimal("99"));
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void offline_intervals_run_from_entering_offline_to_leaving_it_and_may_still_be_open() {
        List<OfflineInterval> intervals = UptimeCalculator.offlineIntervals(List.of(
                change(CHECKING, "2026-11-01T00:00:00Z"),
                change(OFFLINE, "2026-11-02T10:00:00Z"),
                change(OFFLINE, "2026-11-02T10:30:00Z"),
                change(CHECKING, "2026-11-02T11:00:00Z"),
                change(STANDBY, "2026-11-03T00:00:00Z"),
                change(OFFLINE, "2026-11-04T12:00:00Z")));

        assertThat(intervals).containsExactly(
                new OfflineInterval(at("2026-11-02T10:00:00Z"), at("2026-11-02T11:00:00Z")),
                new OfflineInterval(at("2026-11-04T12:00:00Z"), null));
    }

    @Test
    void an_interval_spanning_midnight_counts_on_each_day_for_its_part() {
        List<OfflineInterval> intervals =
                List.of(new OfflineInterval(at("2026-11-02T23:40:00Z"), at("2026-11-03T00:25:00Z")));

        assertThat(day(intervals, "2026-11-02", "2026-11-03T00:00:00Z").offlineMinutes()).isEqualTo(20);
        assertThat(day(intervals, "2026-11-03", "2026-11-04T00:00:00Z").offlineMinutes()).isEqualTo(25);
    }

    @Test
    void an_open_interval_counts_until_the_end_of_the_day_or_until_now() {
        List<OfflineInterval> intervals = List.of(new OfflineInterval(at("2026-11-02T22:00:00Z"), null));

        assertThat(day(intervals, "2026-11-02", "2026-11-03T00:00:00Z").offlineMinutes()).isEqualTo(120);
        assertThat(day(intervals, "2026-11-02", "2026-11-02T22:45:00Z").offlineMinutes()).isEqualTo(45);
        assertThat(day(intervals, "2026-11-03", "2026-11-04T00:00:00Z").offlineMinutes()).isEqualTo(1440);
    }

    @Test
    void the_daily_slo_needs_less_than_thirty_minutes_offline() {
        List<OfflineInterval> justUnder =
                List.of(new OfflineInterval(at("2026-11-02T10:00:00Z"), at("2026-11-02T10:29:59Z")));
        List<OfflineInterval> exactly =
                List.of(new OfflineInterval(at("2026-11-02T10:00:00Z"), at("2026-11-02T10:30:00Z")));

        assertThat(day(justUnder, "2026-11-02", "2026-11-03T00:00:00Z").dailySloMet()).isTrue();
        assertThat(day(exactly, "2026-11-02", "2026-11-03T00:00:00Z").dailySloMet()).isFalse();
    }

    @Test
    void month_to_date_uptime_counts_from_the_first_of_the_month_with_three_decimals_rounded_down() {
        // 10 days observed = 14,400 minutes; 150 offline -> 98.958333... %
        List<OfflineInterval> intervals =
                List.of(new OfflineInterval(at("2026-11-05T10:00:00Z"), at("2026-11-05T12:30:00Z")));

        DayUptime tenth = day(intervals, "2026-11-10", "2026-11-11T00:00:00Z");

        assertThat(tenth.monthToDateUptimePercent()).isEqualByComparingTo("98.958");
        assertThat(tenth.monthToDateUptimePercent().scale()).isEqualTo(3);
        assertThat(tenth.monthlySloMet()).isFalse();
        assertThat(tenth.offlineMinutes()).isZero();
        assertThat(tenth.dailySloMet()).isTrue();
    }

    @Test
    void offline_time_in_the_previous_month_does_not_count() {
        List<OfflineInterval> intervals =
                List.of(new OfflineInterval(at("2026-10-31T20:00:00Z"), at("2026-11-01T00:10:00Z")));

        DayUptime first = day(intervals, "2026-11-01", "2026-11-02T00:00:00Z");

        assertThat(first.offlineMinutes()).isEqualTo(10);
        // 1,430 of 1,440 minutes up
        assertThat(first.monthToDateUptimePercent()).isEqualByComparingTo("99.305");
        assertThat(first.monthlySloMet()).isTrue();
    }

    @Test
    void time_before_registration_is_not_observed() {
        Instant registeredAt = at("2026-11-02T12:00:00Z");
        List<OfflineInterval> intervals =
                List.of(new OfflineInterval(at("2026-11-02T12:00:00Z"), at("2026-11-02T18:00:00Z")));

        DayUptime registrationDay = UptimeCalculator.day(intervals, registeredAt, LocalDate.parse("2026-11-02"),
                at("2026-11-03T00:00:00Z"), SLO);

        assertThat(registrationDay.offlineMinutes()).isEqualTo(360);
        assertThat(registrationDay.monthToDateUptimePercent()).isEqualByComparingTo("50.000");
    }

    @Test
    void nothing_observed_is_full_uptime() {
        assertThat(UptimeCalculator.uptimePercent(Duration.ZERO, Duration.ZERO)).isEqualByComparingTo("100.000");
        assertThat(UptimeCalculator.offlineWithin(List.of(), LONG_AGO, at("2026-11-02T00:00:00Z")))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void a_history_that_ends_retired_has_no_open_interval() {
        assertThat(UptimeCalculator.offlineIntervals(List.of(change(OFFLINE, "2026-11-02T10:00:00Z"),
                change(RETIRED, "2026-11-02T10:05:00Z"))))
                .containsExactly(new OfflineInterval(at("2026-11-02T10:00:00Z"), at("2026-11-02T10:05:00Z")));
    }

    private static DayUptime day(List<OfflineInterval> intervals, String day, String asOf) {
        return UptimeCalculator.day(intervals, LONG_AGO, LocalDate.parse(day), at(asOf), SLO);
    }

    private static StatusChange change(ContainerStatus status, String at) {
        return new StatusChange(null, status, null, "TEST", null, at(at));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
