package io.athgrid.agent.heartbeat;

import io.athgrid.agent.registry.Backoff;
import io.athgrid.agent.registry.RegistryClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.web3j.crypto.ECKeyPair;

/**
 * What the heartbeat loops of one process share: the registry client (one HTTP connection pool),
 * a small scheduler, the clock and the backoff policy. Tests pass their own scheduler, clock and
 * a short backoff.
 */
public record HeartbeatRuntime(RegistryClient registry, ScheduledExecutorService scheduler, Clock clock, Backoff backoff) {

    public HeartbeatLoop loop(String containerId, ECKeyPair nodeKey, Duration interval, HeartbeatListener listener) {
        return new HeartbeatLoop(containerId, nodeKey, interval, this, listener);
    }
}
