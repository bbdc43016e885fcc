package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;

/** The container's owner disputed a proposed slash; it waits for an operator's resolution and does not execute until then. */
public record SlashDisputed(
        String slashId,
        String containerId,
        String owner,
        String statement,
        Instant disputedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
