package io.athgrid.registry.uptime;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One UTC day of a container: whole minutes offline and the month's uptime up to the end of that day. */
public record DayUptime(LocalDate day, int offlineMinutes, boolean dailySloMet,
        BigDecimal monthToDateUptimePercent, boolean monthlySloMet) {
}
