package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A container's offline minutes for one UTC day, counted at 23:59:59, with its uptime for the
 * month so far (percent, 3 decimals) and whether the day and the month met the SLO.
 */
public record ContainerUptimeReported(
        String containerId,
        String owner,
        LocalDate day,
        int offlineMinutes,
        BigDecimal monthToDateUptimePercent,
        boolean dailySloMet,
        boolean monthlySloMet) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
