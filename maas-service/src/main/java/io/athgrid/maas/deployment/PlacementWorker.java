package io.athgrid.maas.deployment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs a placement round every {@code athgrid.maas.deployments.placement-interval}; a failed round is retried by the next. */
@Component
class PlacementWorker {

    private static final Logger log = LoggerFactory.getLogger(PlacementWorker.class);

    private final Placement placement;

    PlacementWorker(Placement placement) {
        this.placement = placement;
    }

    @Scheduled(fixedDelayString = "${athgrid.maas.deployments.placement-interval}")
    void place() {
        try {
            placement.round();
        } catch (RuntimeException e) {
            log.warn("placement round failed, the next round retries: {}", e.toString());
        }
    }
}
