package io.athgrid.registry.container;

import io.athgrid.registry.RegistryProperties;
import io.athgrid.registry.stake.StakeRequirementView;
import io.athgrid.registry.stake.StakeRequirements;
import org.springframework.stereotype.Component;

/** Builds {@link ContainerView}s: the stored container, its current stake requirement, its latest heartbeat. */
@Component
public class ContainerViews {

    private final StakeRequirements requirements;
    private final LastHeartbeats heartbeats;
    private final long heartbeatIntervalSeconds;

    public ContainerViews(StakeRequirements requirements, LastHeartbeats heartbeats, RegistryProperties properties) {
        this.requirements = requirements;
        this.heartbeats = heartbeats;
        this.heartbeatIntervalSeconds = properties.heartbeatInterval().toSeconds();
    }

    public ContainerView of(Container container) {
        return new ContainerView(container.id().toString(), container.owner(), container.fingerprint(),
                container.nodeKey(), container.specs(), container.region(), container.latitude(),
                container.longitude(), container.endpoint(), container.priceUsdPerGpuHour(), container.status().name(),
                StakeRequirementView.of(requirements.currentFor(container)), heartbeatIntervalSeconds,
                heartbeats.lastHeartbeatAt(container.id()).orElse(container.lastHeartbeatAt()),
                container.registeredAt(), container.statusChangedAt(), container.unbondsAt());
    }
}
