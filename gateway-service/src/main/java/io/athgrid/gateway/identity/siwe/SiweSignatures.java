package io.athgrid.gateway.identity.siwe;

import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.InvalidSignatureException;
import io.athgrid.protocol.signature.PersonalMessages;

/**
 * EIP-191 personal-message signatures, as wallets make them for EIP-4361: the signer's address is
 * recovered from the 65-byte signature (r, s, v) and must be the address the message names.
 * Only canonical signatures count (see {@link EthSignature}).
 */
public final class SiweSignatures {

    private SiweSignatures() {
    }

    /** Throws unless {@code signatureHex} is {@code message}'s signature by {@code message.address()}. */
    public static void verify(SiweMessage message, String text, String signatureHex) {
        String signer = recoverSigner(text, signatureHex);
        if (!signer.equalsIgnoreCase(message.address())) {
            throw new SiweRejectedException("the signature is not by " + message.address());
        }
    }

    /** The lower-case 0x address that signed {@code text}. */
    public static String recoverSigner(String text, String signatureHex) {
        try {
            return EthSignature.parse(signatureHex).recoverAddress(PersonalMessages.hash(text));
        } catch (InvalidSignatureException e) {
            throw new SiweRejectedException(e.getMessage());
        }
    }
}
