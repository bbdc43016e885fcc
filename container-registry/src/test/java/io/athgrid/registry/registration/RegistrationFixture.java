package io.athgrid.registry.registration;

import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.protocol.container.RegistrationTypedData;
import io.athgrid.protocol.signature.EthSignature;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/** Registrations signed with generated keys, as a node agent would send them. */
public final class RegistrationFixture {

    public static final long CHAIN_ID = 421614;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationFixture() {
    }

    public static ECKeyPair newKey() {
        try {
            return Keys.createEcKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String address(ECKeyPair key) {
        return EthSignature.addressOf(key.getPublicKey());
    }

    public static String newFingerprint() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    /** An H100 registration of {@code owner} with node key {@code node}, issued at {@code issuedAt}. */
    public static ContainerRegistration registration(ECKeyPair owner, ECKeyPair node, String fingerprint,
            Instant issuedAt) {
        return new ContainerRegistration(address(owner), fingerprint, address(node), "H100_SXM", 8, 80, 64, 512,
                4000, 10_000, List.of("vllm", "game-streaming"), "eu-west", new BigDecimal("52.3676"),
                new BigDecimal("4.9041"), "https://gpu-1.example.org:8443", new BigDecimal("2.49"),
                issuedAt.getEpochSecond());
    }

    public static RegisterContainerRequest signed(ContainerRegistration registration, ECKeyPair owner,
            ECKeyPair node) {
        return new RegisterContainerRequest(registration,
                RegistrationTypedData.sign(registration, CHAIN_ID, owner).toHex(),
                RegistrationTypedData.sign(registration, CHAIN_ID, node).toHex());
    }
}
