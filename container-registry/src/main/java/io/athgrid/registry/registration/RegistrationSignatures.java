package io.athgrid.registry.registration;

import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.protocol.container.RegistrationTypedData;
import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.InvalidSignatureException;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Checks that the owner and the node key both signed the registration's EIP-712 digest. The node's
 * signature also yields its public key, with which its heartbeats are verified from then on.
 */
public final class RegistrationSignatures {

    private RegistrationSignatures() {
    }

    /** The node key's public key; throws {@link InvalidSignatureException} naming the signature at fault. */
    public static BigInteger verifiedNodePublicKey(RegisterContainerRequest request, long chainId) {
        byte[] digest = RegistrationTypedData.digest(request.registration(), chainId);
        String owner = EthSignature.parse(request.ownerSignature()).recoverAddress(digest);
        if (!owner.equals(request.registration().owner().toLowerCase(Locale.ROOT))) {
            throw new InvalidSignatureException("ownerSignature is not the owner's signature of this registration");
        }
        BigInteger nodePublicKey = EthSignature.parse(request.nodeSignature()).recoverPublicKey(digest);
        if (!EthSignature.addressOf(nodePublicKey).equals(request.registration().nodeKey().toLowerCase(Locale.ROOT))) {
            throw new InvalidSignatureException("nodeSignature is not the node key's signature of this registration");
        }
        return nodePublicKey;
    }
}
