package io.athgrid.agent.enrolment;

import io.athgrid.agent.inventory.HostInventory;
import io.athgrid.protocol.container.ContainerRegistration;
import java.time.Instant;

/** Builds the registration of a host from its inventory and offer. */
public final class Registrations {

    private Registrations() {
    }

    public static ContainerRegistration of(HostInventory host, Offer offer, String owner, String nodeKeyAddress,
            Instant issuedAt) {
        return new ContainerRegistration(
                owner.toLowerCase(java.util.Locale.ROOT),
                host.fingerprint(),
                nodeKeyAddress,
                host.gpus().model().name(),
                host.gpus().count(),
                host.gpus().vramGbPerGpu(),
                host.cpuCores(),
                host.ramGb(),
                host.diskGb(),
                offer.bandwidthMbps(),
                offer.services(),
                offer.region().code(),
                offer.latitude(),
                offer.longitude(),
                offer.endpoint(),
                offer.priceUsdPerGpuHour(),
                issuedAt.getEpochSecond());
    }
}
