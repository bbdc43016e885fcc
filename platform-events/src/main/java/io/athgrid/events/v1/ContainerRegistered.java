package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A GPU container joined the platform, in state {@code status} (CHECKING). Its price is USD per
 * GPU-hour; its stake requirement (K x SC for the current month) is ATH wei.
 */
public record ContainerRegistered(
        String containerId,
        String owner,
        String fingerprint,
        String nodeKey,
        ContainerSpecs specs,
        String region,
        BigDecimal latitude,
        BigDecimal longitude,
        String endpoint,
        BigDecimal priceUsdPerGpuHour,
        BigInteger stakeRequirementWei,
        String status,
        Instant registeredAt) implements PlatformEvent {

    @Override
    public String partitionKey() {
        return containerId;
    }
}
