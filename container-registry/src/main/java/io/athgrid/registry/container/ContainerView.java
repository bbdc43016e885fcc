package io.athgrid.registry.container;

import io.athgrid.events.v1.ContainerSpecs;
import io.athgrid.registry.bond.BondView;
import io.athgrid.registry.stake.StakeRequirementView;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A container as the API shows it to its owner and to operators; {@code bond} beside
 * {@code stakeRequirement} tells a provider whether this month's requirement is covered.
 */
public record ContainerView(
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
        String status,
        StakeRequirementView stakeRequirement,
        BondView bond,
        long heartbeatIntervalSeconds,
        Instant lastHeartbeatAt,
        Instant registeredAt,
        Instant statusChangedAt,
        Instant unbondsAt) {
}
