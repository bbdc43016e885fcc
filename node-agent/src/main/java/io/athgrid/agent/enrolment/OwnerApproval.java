package io.athgrid.agent.enrolment;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.enrolment.StateDirectory.PendingRegistration;
import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.protocol.container.RegistrationTypedData;
import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.InvalidSignatureException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.web3j.crypto.ECKeyPair;

/**
 * How the owner approves a registration: a signature made in a wallet over the typed data that
 * {@code node-agent registration} printed, or (automation, development, simulation) the owner's key
 * itself, which signs a freshly issued copy for each attempt. Both are checked against the
 * registration's owner before anything is sent.
 */
public sealed interface OwnerApproval {

    /** How old a signed registration the registry still accepts. */
    Duration VALIDITY = Duration.ofHours(1);

    /** The requests to send, one per attempt. */
    Supplier<RegisterContainerRequest> requests(PendingRegistration pending, ECKeyPair nodeKey, Clock clock);

    static RegisterContainerRequest signedByNode(ContainerRegistration registration, long chainId, String ownerSignature,
            ECKeyPair nodeKey) {
        String nodeSignature = RegistrationTypedData.sign(registration, chainId, nodeKey).toHex();
        return new RegisterContainerRequest(registration, ownerSignature, nodeSignature);
    }

    /** A signature from the owner's wallet (eth_signTypedData_v4) over exactly the pending registration. */
    record WalletSignature(String signature) implements OwnerApproval {

        @Override
        public Supplier<RegisterContainerRequest> requests(PendingRegistration pending, ECKeyPair nodeKey, Clock clock) {
            ContainerRegistration registration = pending.registration();
            String signer;
            try {
                signer = EthSignature.parse(signature).recoverAddress(RegistrationTypedData.digest(registration, pending.chainId()));
            } catch (InvalidSignatureException e) {
                throw new AgentException("the owner signature is not usable: " + e.getMessage());
            }
            if (!signer.equalsIgnoreCase(registration.owner())) {
                throw new AgentException("the owner signature was made by " + signer + ", not by the owner " + registration.owner()
                        + " (was the typed data printed by `node-agent registration` signed on chain " + pending.chainId() + "?)");
            }
            Instant issued = Instant.ofEpochSecond(registration.issuedAt());
            if (issued.plus(VALIDITY).isBefore(clock.instant())) {
                throw new AgentException("the signed registration was issued at " + issued + " and the registry accepts it for "
                        + VALIDITY.toMinutes() + " minutes; run `node-agent registration` again and sign the new typed data");
            }
            RegisterContainerRequest request = signedByNode(registration, pending.chainId(), signature, nodeKey);
            return () -> request;
        }
    }

    /** The owner's private key: signs a copy issued now for every attempt, so retries never expire. */
    record OwnerKey(ECKeyPair key) implements OwnerApproval {

        @Override
        public Supplier<RegisterContainerRequest> requests(PendingRegistration pending, ECKeyPair nodeKey, Clock clock) {
            String owner = KeyFile.address(key);
            if (!owner.equalsIgnoreCase(pending.registration().owner())) {
                throw new AgentException("the owner key is " + owner + " but the registration names the owner "
                        + pending.registration().owner());
            }
            return () -> {
                ContainerRegistration fresh = pending.registration().withIssuedAt(clock.instant().getEpochSecond());
                String ownerSignature = RegistrationTypedData.sign(fresh, pending.chainId(), key).toHex();
                return signedByNode(fresh, pending.chainId(), ownerSignature, nodeKey);
            };
        }
    }
}
