package io.athgrid.registry.uptime;

import io.athgrid.registry.RegistryProperties;
import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerAccess;
import io.athgrid.registry.lifecycle.StatusHistory;
import io.athgrid.registry.web.Months;
import io.athgrid.support.identity.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A container's uptime for a month: offline minutes per day so far, the month's percent and SLO flags. */
@RestController
class UptimeController {

    private final ContainerAccess access;
    private final StatusHistory history;
    private final UptimeSlo slo;
    private final Clock clock;

    UptimeController(ContainerAccess access, StatusHistory history, RegistryProperties properties, Clock clock) {
        this.access = access;
        this.history = history;
        this.slo = DailyUptimeReport.slo(properties);
        this.clock = clock;
    }

    @GetMapping("/containers/{id}/uptime")
    MonthUptime uptime(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
            @RequestParam(required = false) String month) {
        Container container = access.find(caller, id);
        Instant now = clock.instant();
        YearMonth yearMonth = month == null ? YearMonth.now(clock.withZone(ZoneOffset.UTC))
                : Months.parse("month", month);
        List<OfflineInterval> intervals = UptimeCalculator.offlineIntervals(history.of(id));
        LocalDate first = yearMonth.atDay(1);
        LocalDate registered = LocalDate.ofInstant(container.registeredAt(), ZoneOffset.UTC);
        if (registered.isAfter(first)) {
            first = registered;
        }
        LocalDate last = yearMonth.atEndOfMonth();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (today.isBefore(last)) {
            last = today;
        }
        List<DayUptime> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(UptimeCalculator.day(intervals, container.registeredAt(), day, now, slo));
        }
        BigDecimal percent = days.isEmpty()
                ? UptimeCalculator.uptimePercent(Duration.ZERO, Duration.ZERO)
                : days.get(days.size() - 1).monthToDateUptimePercent();
        return new MonthUptime(id.toString(), yearMonth.toString(), days, percent, slo.monthlyMet(percent),
                days.stream().allMatch(DayUptime::dailySloMet));
    }

    record MonthUptime(String containerId, String month, List<DayUptime> days, BigDecimal uptimePercent,
            boolean monthlySloMet, boolean everyDailySloMet) {
    }
}
