package io.athgrid.bench.heartbeat;

import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.Heartbeat;
import io.athgrid.protocol.container.HeartbeatRequest;
import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.protocol.container.RegistrationTypedData;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * One simulated container of the load: its node key (derived from its number, so runs repeat) and
 * its registration, signed by one of a few owners. Heartbeats are signed ahead of time so the
 * load generator spends its CPU on sending, not on ECDSA.
 */
final class SimulatedNode {

    private final int number;
    private final ECKeyPair nodeKey;
    private final Credentials owner;
    private String containerId;
    private long sequence;

    SimulatedNode(int number, Credentials owner) {
        this.number = number;
        this.nodeKey = ECKeyPair.create(new BigInteger(1, Hash.sha3(("athgrid-bench-node-" + number).getBytes())));
        this.owner = owner;
    }

    RegisterContainerRequest registration(long chainId) {
        ContainerRegistration registration = new ContainerRegistration(owner.getAddress(),
                Numeric.toHexString(Hash.sha3(("athgrid-bench-fingerprint-" + number + "-" + Instant.now())
                        .getBytes())),
                Credentials.create(nodeKey).getAddress(), "H100_SXM", 8, 80, 96, 1024, 8000, 10_000,
                List.of("vllm"), "eu-west", new BigDecimal("52.37"), new BigDecimal("4.90"),
                "https://bench-" + number + ".nodes.athgrid.local", new BigDecimal("2.20"),
                Instant.now().getEpochSecond());
        return new RegisterContainerRequest(registration,
                RegistrationTypedData.sign(registration, chainId, owner.getEcKeyPair()).toHex(),
                RegistrationTypedData.sign(registration, chainId, nodeKey).toHex());
    }

    void registered(String id) {
        this.containerId = id;
    }

    String containerId() {
        return containerId;
    }

    /** The next heartbeat, dated {@code sentAt}. */
    HeartbeatRequest nextHeartbeat(long sentAt) {
        sequence++;
        return HeartbeatRequest.signed(new Heartbeat(containerId, sequence, sentAt), nodeKey);
    }
}
