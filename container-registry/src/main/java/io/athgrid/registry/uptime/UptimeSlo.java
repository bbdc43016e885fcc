package io.athgrid.registry.uptime;

import java.math.BigDecimal;
import java.time.Duration;

/** The uptime SLO: less than {@code dailyMaxOffline} offline per day, at least {@code monthlyMinPercent} per month. */
public record UptimeSlo(Duration dailyMaxOffline, BigDecimal monthlyMinPercent) {

    public boolean dailyMet(Duration offline) {
        return offline.compareTo(dailyMaxOffline) < 0;
    }

    public boolean monthlyMet(BigDecimal uptimePercent) {
        return uptimePercent.compareTo(monthlyMinPercent) >= 0;
    }
}
