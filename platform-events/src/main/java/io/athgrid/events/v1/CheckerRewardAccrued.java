package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A checker license's reward: {@code kind} DAILY (its share of the day's correct tasks) or
 * QUARTERLY_BONUS ({@code day} is then the quarter's last day); paid to the license's owner.
 */
public record CheckerRewardAccrued(
        String accrualId,
        String licenseId,
        String owner,
        String kind,
        LocalDate day,
        long correctTasks,
        BigInteger amountWei,
        Instant accruedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return owner;
    }
}
