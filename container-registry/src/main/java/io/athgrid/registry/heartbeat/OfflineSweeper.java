package io.athgrid.registry.heartbeat;

import io.athgrid.registry.RegistryProperties;
import io.athgrid.registry.lifecycle.ContainerTransitions;
import io.athgrid.registry.lifecycle.IllegalTransitionException;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks OFFLINE every watched container silent for missed-heartbeats x heartbeat-interval. */
@Component
class OfflineSweeper {

    private static final Logger log = LoggerFactory.getLogger(OfflineSweeper.class);

    private final HeartbeatTracker tracker;
    private final ContainerTransitions transitions;
    private final Duration offlineAfter;
    private final Clock clock;

    OfflineSweeper(HeartbeatTracker tracker, ContainerTransitions transitions, RegistryProperties properties,
            Clock clock) {
        this.tracker = tracker;
        this.transitions = transitions;
        this.offlineAfter = properties.offlineAfter();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${athgrid.registry.sweep-interval}")
    void sweep() {
        Instant now = clock.instant();
        for (TrackedContainer container : tracker.all()) {
            // Under the container's lock, so a heartbeat arriving now is either before (no transition) or after.
            synchronized (container) {
                if (container.isOverdue(now, offlineAfter)) {
                    markOffline(container);
                }
            }
        }
    }

    private void markOffline(TrackedContainer container) {
        try {
            transitions.apply(container.id(), LifecycleTrigger.HEARTBEATS_MISSED,
                    "no heartbeat for " + offlineAfter.toSeconds() + " s");
        } catch (IllegalTransitionException e) {
            // Another instance or an operator changed it meanwhile; the committed status is cached by then.
            log.debug("Container {} not marked offline: {}", container.id(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Container {} could not be marked offline; retrying on the next sweep", container.id(), e);
        }
    }
}
