package io.athgrid.protocol.engine;

import org.web3j.crypto.ECKeyPair;

/**
 * The body of {@code POST /api/maas/containers/{containerId}/engines/poll}: which engines should run
 * on this container. Signed {@link EngineCall#poll}; the container id is the one in the path.
 */
public record EnginePollRequest(long sequence, long sentAt, String signature) {

    public static EnginePollRequest signed(EngineCall call, ECKeyPair nodeKey) {
        return new EnginePollRequest(call.sequence(), call.sentAt(), call.sign(nodeKey).toHex());
    }

    public EngineCall call(String containerId) {
        return EngineCall.poll(containerId, sequence, sentAt);
    }
}
