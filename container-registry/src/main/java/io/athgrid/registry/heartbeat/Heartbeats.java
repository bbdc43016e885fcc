package io.athgrid.registry.heartbeat;

import io.athgrid.protocol.container.HeartbeatRequest;
import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.InvalidSignatureException;
import io.athgrid.registry.RegistryProperties;
import io.athgrid.registry.heartbeat.HeartbeatMetrics.Outcome;
import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.lifecycle.ContainerTransitions;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Receives heartbeats in memory: no database access unless the container is not yet in memory or
 * comes back from OFFLINE (a state change, committed with its event before the answer).
 */
@Service
public class Heartbeats {

    private final HeartbeatTracker tracker;
    private final ContainerTransitions transitions;
    private final HeartbeatMetrics metrics;
    private final HeartbeatWindow window;
    private final long intervalSeconds;
    private final Clock clock;

    public Heartbeats(HeartbeatTracker tracker, ContainerTransitions transitions, HeartbeatMetrics metrics,
            RegistryProperties properties, Clock clock) {
        this.tracker = tracker;
        this.transitions = transitions;
        this.metrics = metrics;
        this.window = new HeartbeatWindow(properties.heartbeatMaxAge(), properties.heartbeatMaxAhead());
        this.intervalSeconds = properties.heartbeatInterval().toSeconds();
        this.clock = clock;
    }

    public HeartbeatAccepted receive(UUID containerId, HeartbeatRequest request) {
        TrackedContainer container = tracker.find(containerId).orElseThrow(() -> {
            metrics.count(Outcome.UNKNOWN_CONTAINER);
            return new ResourceNotFoundException("No container " + containerId);
        });
        if (container.status() == ContainerStatus.RETIRED) {
            throw rejected(Outcome.RETIRED, HttpStatus.CONFLICT, "The container is retired");
        }
        if (!verifies(container, containerId, request)) {
            throw rejected(Outcome.BAD_SIGNATURE, HttpStatus.UNAUTHORIZED,
                    "The heartbeat is not signed by the container's node key");
        }
        Instant now = clock.instant();
        if (!window.contains(request.sentAt(), now)) {
            metrics.count(Outcome.OUT_OF_WINDOW);
            throw new InvalidRequestException("sentAt", "must be within " + window.maxAge() + " before and "
                    + window.maxAhead() + " after the registry's clock");
        }
        synchronized (container) {
            if (!container.accept(request.sequence(), now)) {
                throw rejected(Outcome.REPLAYED, HttpStatus.CONFLICT,
                        "The sequence must be above the last accepted one (a replayed heartbeat)");
            }
            if (container.status() == ContainerStatus.OFFLINE) {
                transitions.apply(containerId, LifecycleTrigger.HEARTBEAT_RESUMED, null);
            }
            metrics.count(Outcome.ACCEPTED);
            return new HeartbeatAccepted(containerId.toString(), container.status().name(), intervalSeconds);
        }
    }

    private static boolean verifies(TrackedContainer container, UUID containerId, HeartbeatRequest request) {
        try {
            return container.verifier().verifies(request.heartbeat(containerId.toString()).hash(),
                    EthSignature.parse(request.signature()));
        } catch (InvalidSignatureException e) {
            return false;
        }
    }

    private ResponseStatusException rejected(Outcome outcome, HttpStatus status, String message) {
        metrics.count(outcome);
        return new ResponseStatusException(status, message);
    }
}
