package io.athgrid.registry.container;

import io.athgrid.events.v1.ContainerSpecsUpdated;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.Ownership;
import io.athgrid.support.outbox.Outbox;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.ResourceNotFoundException;
import io.athgrid.protocol.container.RegistrationRules;
import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.web.Violations;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Owners change their price and services; consumers get the whole new offer. */
@Service
public class ContainerOffers {

    private final ContainerRepository containers;
    private final Outbox outbox;
    private final Clock clock;

    public ContainerOffers(ContainerRepository containers, Outbox outbox, Clock clock) {
        this.containers = containers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Container change(Caller caller, UUID containerId, OfferChange change) {
        if (change == null || change.priceUsdPerGpuHour() == null && change.services() == null) {
            throw new InvalidRequestException("body", "name a new priceUsdPerGpuHour, services, or both");
        }
        Violations.requireNone("The offer is invalid",
                RegistrationRules.checkOffer(change.priceUsdPerGpuHour(), change.services()));
        Container container = containers.findForUpdate(containerId)
                .orElseThrow(() -> new ResourceNotFoundException("No container " + containerId));
        Ownership.requireMayActFor(caller, container.owner());
        if (container.status() == ContainerStatus.RETIRED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A retired container's offer cannot change");
        }
        container.changeOffer(change.services(), change.priceUsdPerGpuHour());
        containers.saveAndFlush(container);
        outbox.publish(new ContainerSpecsUpdated(container.id().toString(), container.owner(), container.specs(),
                container.priceUsdPerGpuHour(), clock.instant()));
        return container;
    }
}
