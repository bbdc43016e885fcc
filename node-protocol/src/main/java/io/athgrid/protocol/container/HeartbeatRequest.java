package io.athgrid.protocol.container;

import org.web3j.crypto.ECKeyPair;

/**
 * The body of {@code POST /api/registry/containers/{containerId}/heartbeats}; the container id of
 * the signed {@link Heartbeat} is the one in the path.
 */
public record HeartbeatRequest(long sequence, long sentAt, String signature) {

    public static HeartbeatRequest signed(Heartbeat heartbeat, ECKeyPair nodeKey) {
        return new HeartbeatRequest(heartbeat.sequence(), heartbeat.sentAt(), heartbeat.sign(nodeKey).toHex());
    }

    public Heartbeat heartbeat(String containerId) {
        return new Heartbeat(containerId, sequence, sentAt);
    }
}
