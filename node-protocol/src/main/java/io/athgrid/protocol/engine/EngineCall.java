package io.athgrid.protocol.engine;

import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.PersonalMessages;
import java.util.Objects;
import org.web3j.crypto.ECKeyPair;

/**
 * What a node signs with its node key (EIP-191 personal message) when it talks to maas-service
 * about the inference engines on its container: a poll for the engines it should run, or the
 * report of where a started engine answers. The sequence grows with every call of the container
 * (the agent uses milliseconds since the epoch) and {@code sentAt} (seconds) must be recent: the
 * service refuses a sequence not above the last one it accepted and a call outside its window.
 *
 * @param action    {@link #POLL} or {@link #REPORT}
 * @param replicaId the replica a report is about; empty for a poll
 * @param endpoint  the engine's base URI a report gives; empty for a poll
 */
public record EngineCall(String action, String containerId, String replicaId, String endpoint, long sequence,
        long sentAt) {

    public static final String POLL = "poll";
    public static final String REPORT = "report";

    public EngineCall {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(containerId, "containerId");
        replicaId = replicaId == null ? "" : replicaId;
        endpoint = endpoint == null ? "" : endpoint;
    }

    public static EngineCall poll(String containerId, long sequence, long sentAt) {
        return new EngineCall(POLL, containerId, "", "", sequence, sentAt);
    }

    public static EngineCall report(String containerId, String replicaId, String endpoint, long sequence, long sentAt) {
        return new EngineCall(REPORT, containerId, replicaId, endpoint, sequence, sentAt);
    }

    /** The text the node key signs; every field is on its own line, so none can be shifted into another. */
    public String text() {
        return "athgrid engine " + action + "\ncontainer: " + containerId + "\nreplica: " + replicaId + "\nendpoint: "
                + endpoint + "\nsequence: " + sequence + "\nsent-at: " + sentAt;
    }

    public byte[] hash() {
        return PersonalMessages.hash(text());
    }

    public EthSignature sign(ECKeyPair nodeKey) {
        return EthSignature.sign(hash(), nodeKey);
    }
}
