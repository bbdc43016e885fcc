package io.athgrid.staking.lock;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code athgrid.staking.locks.*}: the epoch boundaries the lock API counts remaining epochs by.
 *
 * @param epochStartDay  the UTC weekday epochs start on (Thursday)
 * @param epochStartTime the UTC time they start at (00:01)
 */
@ConfigurationProperties("athgrid.staking.locks")
public record LockProperties(DayOfWeek epochStartDay, LocalTime epochStartTime) {

    public LockProperties {
        epochStartDay = epochStartDay == null ? DayOfWeek.THURSDAY : epochStartDay;
        epochStartTime = epochStartTime == null ? LocalTime.of(0, 1) : epochStartTime;
    }

    public EpochStarts epochStarts() {
        return new EpochStarts(epochStartDay, epochStartTime);
    }
}
