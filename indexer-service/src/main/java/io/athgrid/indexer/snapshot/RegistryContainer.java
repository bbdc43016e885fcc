package io.athgrid.indexer.snapshot;

import io.athgrid.events.v1.ContainerSpecs;
import java.math.BigDecimal;
import java.time.Instant;

/** The fields of the registry's container view the index needs; the rest is ignored. */
public record RegistryContainer(
        String containerId,
        String owner,
        ContainerSpecs specs,
        String region,
        BigDecimal priceUsdPerGpuHour,
        String status,
        Instant statusChangedAt,
        Instant registeredAt) {
}
