package io.athgrid.gateway.identity.siwe;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * EIP-191 personal-message signatures, as wallets make them for EIP-4361: the signer's address is
 * recovered from the 65-byte signature (r, s, v) and must be the address the message names.
 */
public final class SiweSignatures {

    private static final Pattern SIGNATURE = Pattern.compile("0x[0-9a-fA-F]{130}");
    /** secp256k1 order / 2: a larger s is the malleable twin of a valid signature (EIP-2). */
    private static final BigInteger HALF_CURVE_ORDER = Sign.CURVE_PARAMS.getN().shiftRight(1);

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
        if (signatureHex == null || !SIGNATURE.matcher(signatureHex).matches()) {
            throw new SiweRejectedException("the signature must be 0x followed by 130 hex digits");
        }
        byte[] bytes = HexFormat.of().parseHex(signatureHex.substring(2));
        byte[] r = Arrays.copyOfRange(bytes, 0, 32);
        byte[] s = Arrays.copyOfRange(bytes, 32, 64);
        byte v = bytes[64];
        if (v == 0 || v == 1) {
            // Some signers (hardware wallets, raw secp256k1 libraries) write the recovery id without the +27.
            v += 27;
        }
        if (v != 27 && v != 28) {
            throw new SiweRejectedException("the signature's recovery id must be 27 or 28");
        }
        if (new BigInteger(1, s).compareTo(HALF_CURVE_ORDER) > 0) {
            throw new SiweRejectedException("the signature is not in canonical (low-s) form");
        }
        try {
            BigInteger publicKey = Sign.signedPrefixedMessageToKey(
                    text.getBytes(StandardCharsets.UTF_8), new Sign.SignatureData(v, r, s));
            return "0x" + Keys.getAddress(publicKey).toLowerCase(Locale.ROOT);
        } catch (SignatureException | IllegalArgumentException e) {
            throw new SiweRejectedException("the signature cannot be verified");
        }
    }
}
