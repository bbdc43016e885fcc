package io.athgrid.maas.inference;

import io.athgrid.maas.deployment.Autoscaler;
import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.DeploymentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves each active deployment's wanted replicas with the requests in flight ({@link Autoscaler}):
 * up at once, down after the settle time, to zero after the idle time. A deployment first seen by
 * this instance counts as just asked and just scaled, so a restart never scales to zero at once.
 */
public class Autoscaling {

    private final DeploymentStore store;
    private final InFlight inFlight;
    private final Autoscaler autoscaler;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastScaled = new ConcurrentHashMap<>();

    public Autoscaling(DeploymentStore store, InFlight inFlight, Autoscaler autoscaler, TransactionTemplate transaction,
            Clock clock) {
        this.store = store;
        this.inFlight = inFlight;
        this.autoscaler = autoscaler;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${athgrid.maas.inference.autoscale-every:1s}")
    public void run() {
        Instant now = clock.instant();
        for (String deploymentId : store.active()) {
            Instant seen = firstSeen.computeIfAbsent(deploymentId, id -> now);
            transaction.executeWithoutResult(status -> store.findForUpdate(deploymentId).ifPresent(deployment -> {
                int inFlightNow = inFlight.inFlight(deploymentId);
                int wanted = autoscaler.desired(deployment, inFlightNow, inFlight.lastRequestAt(deploymentId).orElse(seen),
                        lastScaled.getOrDefault(deploymentId, seen), now);
                if (wanted != deployment.desired()) {
                    Deployment scaled = deployment.scaleTo(wanted);
                    store.save(deployment, scaled, now, "autoscaled from " + deployment.desired() + " to " + wanted
                            + " replicas: " + inFlightNow + " requests in flight");
                    lastScaled.put(deploymentId, now);
                }
            }));
        }
    }
}
