package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.time.Instant;

/** A container's offer changed: the whole new offer, so consumers need no earlier state. */
public record ContainerSpecsUpdated(
        String containerId,
        String owner,
        ContainerSpecs specs,
        BigDecimal priceUsdPerGpuHour,
        Instant updatedAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
