package io.athgrid.registry.container;

import io.athgrid.registry.RegistryProperties;
import io.athgrid.registry.bond.BondView;
import io.athgrid.registry.bond.ContainerBonds;
import io.athgrid.registry.stake.StakeRequirement;
import io.athgrid.registry.stake.StakeRequirementView;
import io.athgrid.registry.stake.StakeRequirements;
import org.springframework.stereotype.Component;

/**
 * Builds {@link ContainerView}s: the stored container, its current stake requirement and the bond
 * held against it, its latest heartbeat.
 */
@Component
public class ContainerViews {

    private final StakeRequirements requirements;
    private final ContainerBonds bonds;
    private final LastHeartbeats heartbeats;
    private final long heartbeatIntervalSeconds;

    public ContainerViews(StakeRequirements requirements, ContainerBonds bonds, LastHeartbeats heartbeats,
            RegistryProperties properties) {
        this.requirements = requirements;
        this.bonds = bonds;
        this.heartbeats = heartbeats;
        this.heartbeatIntervalSeconds = properties.heartbeatInterval().toSeconds();
    }

    public ContainerView of(Container container) {
        StakeRequirement requirement = requirements.currentFor(container);
        return new ContainerView(container.id().toString(), container.owner(), container.fingerprint(),
                container.nodeKey(), container.specs(), container.region(), container.latitude(),
                container.longitude(), container.endpoint(), container.priceUsdPerGpuHour(), container.status().name(),
                StakeRequirementView.of(requirement), BondView.of(bonds.find(container.id()), requirement),
                heartbeatIntervalSeconds, heartbeats.lastHeartbeatAt(container.id()).orElse(container.lastHeartbeatAt()),
                container.registeredAt(), container.statusChangedAt(), container.unbondsAt());
    }
}
