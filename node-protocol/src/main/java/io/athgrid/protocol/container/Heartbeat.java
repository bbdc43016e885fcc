package io.athgrid.protocol.container;

import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.PersonalMessages;
import org.web3j.crypto.ECKeyPair;

/**
 * A node's sign of life, signed by its node key as an EIP-191 personal message. The sequence
 * grows with every heartbeat and {@code sentAt} (seconds since the epoch) must be recent: the
 * registry rejects a sequence it has seen and a heartbeat outside its time window.
 */
public record Heartbeat(String containerId, long sequence, long sentAt) {

    /** The text the node key signs. */
    public String text() {
        return "athgrid heartbeat\ncontainer: " + containerId + "\nsequence: " + sequence + "\nsent-at: " + sentAt;
    }

    public byte[] hash() {
        return PersonalMessages.hash(text());
    }

    public EthSignature sign(ECKeyPair nodeKey) {
        return EthSignature.sign(hash(), nodeKey);
    }
}
