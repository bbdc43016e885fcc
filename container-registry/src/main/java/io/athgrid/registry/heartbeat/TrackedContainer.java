package io.athgrid.registry.heartbeat;

import io.athgrid.protocol.signature.PublicKeyVerifier;
import io.athgrid.registry.lifecycle.ContainerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What the registry keeps in memory about one container's heartbeats: its node key's verifier,
 * the last accepted sequence, when it was last seen and its status. Heartbeats of one container
 * are serialised on this object; different containers never contend.
 */
public final class TrackedContainer {

    private final UUID id;
    private final PublicKeyVerifier verifier;
    private volatile ContainerStatus status;
    private long lastSequence;
    private Instant lastSeen;
    private Instant lastHeartbeatAt;
    private boolean unflushed;

    /**
     * @param lastSequence the last accepted sequence, {@link Long#MIN_VALUE} if none
     * @param lastSeen     the last heartbeat, or when watching began (registration, registry start)
     */
    public TrackedContainer(UUID id, PublicKeyVerifier verifier, ContainerStatus status, long lastSequence,
            Instant lastSeen, Instant lastHeartbeatAt) {
        this.id = id;
        this.verifier = verifier;
        this.status = status;
        this.lastSequence = lastSequence;
        this.lastSeen = lastSeen;
        this.lastHeartbeatAt = lastHeartbeatAt;
    }

    /** Accepts the heartbeat unless its sequence is not above the last accepted one (a replay). */
    public synchronized boolean accept(long sequence, Instant now) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        lastSeen = now;
        lastHeartbeatAt = now;
        unflushed = true;
        return true;
    }

    /** Whether it should send heartbeats and has been silent for longer than {@code offlineAfter}. */
    public synchronized boolean isOverdue(Instant now, Duration offlineAfter) {
        return status.expectsHeartbeats() && lastSeen.plus(offlineAfter).isBefore(now);
    }

    /** The last heartbeat not yet written to the database, marking it written; null if there is none. */
    public synchronized FlushedHeartbeat takeUnflushed() {
        if (!unflushed) {
            return null;
        }
        unflushed = false;
        return new FlushedHeartbeat(id, lastSequence, lastHeartbeatAt);
    }

    /** A flush that failed: written again next time, unless a newer heartbeat replaced it. */
    public synchronized void flushFailed() {
        unflushed = true;
    }

    public UUID id() {
        return id;
    }

    public PublicKeyVerifier verifier() {
        return verifier;
    }

    public ContainerStatus status() {
        return status;
    }

    public void status(ContainerStatus status) {
        this.status = status;
    }

    public synchronized Instant lastHeartbeatAt() {
        return lastHeartbeatAt;
    }

    /** One container's last heartbeat as the flush writes it. */
    public record FlushedHeartbeat(UUID containerId, long sequence, Instant at) {
    }
}
