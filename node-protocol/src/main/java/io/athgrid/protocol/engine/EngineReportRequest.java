package io.athgrid.protocol.engine;

import org.web3j.crypto.ECKeyPair;

/**
 * The body of {@code POST /api/maas/containers/{containerId}/engines/{replicaId}/endpoint}: the
 * replica's engine runs and answers the OpenAI API at {@code endpoint} (its base URI, e.g.
 * {@code http://203.0.113.7:8000}). Signed {@link EngineCall#report}; container and replica ids are
 * the ones in the path.
 */
public record EngineReportRequest(String endpoint, long sequence, long sentAt, String signature) {

    public static EngineReportRequest signed(EngineCall call, ECKeyPair nodeKey) {
        return new EngineReportRequest(call.endpoint(), call.sequence(), call.sentAt(), call.sign(nodeKey).toHex());
    }

    public EngineCall call(String containerId, String replicaId) {
        return EngineCall.report(containerId, replicaId, endpoint, sequence, sentAt);
    }
}
