package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/**
 * A checker license reported incorrectly too often ({@code incorrectResults} in the rolling window)
 * and gets no jobs and no rewards from {@code bannedFrom} until {@code bannedUntil}.
 */
public record CheckerBanned(
        String licenseId,
        String owner,
        int incorrectResults,
        Instant bannedFrom,
        Instant bannedUntil) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return licenseId;
    }
}
