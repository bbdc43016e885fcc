package io.athgrid.protocol.signature;

import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * A 65-byte Ethereum signature (r, s, v) over a 32-byte hash, as wallets write it: {@code 0x}
 * and 130 hex digits. Only canonical signatures are accepted: v is 27 or 28 (0 and 1 are read
 * as 27 and 28) and s is in the lower half of the curve order, so a signature has no twin.
 */
public final class EthSignature {

    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]{130}");
    /** secp256k1 order / 2: a larger s is the malleable twin of a valid signature (EIP-2). */
    private static final BigInteger HALF_CURVE_ORDER = Sign.CURVE_PARAMS.getN().shiftRight(1);

    private final byte v;
    private final byte[] r;
    private final byte[] s;

    private EthSignature(byte v, byte[] r, byte[] s) {
        this.v = v;
        this.r = r;
        this.s = s;
    }

    /** Reads a wallet's signature; throws {@link InvalidSignatureException} saying what is wrong. */
    public static EthSignature parse(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new InvalidSignatureException("a signature must be 0x followed by 130 hex digits");
        }
        byte[] bytes = HexFormat.of().parseHex(hex.substring(2));
        byte v = bytes[64];
        if (v == 0 || v == 1) {
            // Hardware wallets and raw secp256k1 libraries write the recovery id without the +27.
            v += 27;
        }
        if (v != 27 && v != 28) {
            throw new InvalidSignatureException("a signature's recovery id must be 27 or 28");
        }
        byte[] s = Arrays.copyOfRange(bytes, 32, 64);
        if (new BigInteger(1, s).compareTo(HALF_CURVE_ORDER) > 0) {
            throw new InvalidSignatureException("the signature is not in canonical (low-s) form");
        }
        return new EthSignature(v, Arrays.copyOfRange(bytes, 0, 32), s);
    }

    /** Signs a 32-byte hash as it is (no prefix is added here). */
    public static EthSignature sign(byte[] hash, ECKeyPair key) {
        if (NativeSecp256k1.LIBRARY != null) {
            byte[] compact = NativeSecp256k1.LIBRARY.sign(hash, Numeric.toBytesPadded(key.getPrivateKey(), 32));
            byte[] r = Arrays.copyOfRange(compact, 0, 32);
            byte[] s = Arrays.copyOfRange(compact, 32, 64);
            // The recovery id is the one that gives back the signer's key.
            for (byte v = 27; v <= 28; v++) {
                EthSignature candidate = new EthSignature(v, r, s);
                if (candidate.recoverPublicKey(hash).equals(key.getPublicKey())) {
                    return candidate;
                }
            }
        }
        Sign.SignatureData data = Sign.signMessage(hash, key, false);
        return new EthSignature(data.getV()[0], data.getR(), data.getS());
    }

    /** The public key (64 bytes as an unsigned integer) that made this signature over {@code hash}. */
    public BigInteger recoverPublicKey(byte[] hash) {
        if (NativeSecp256k1.LIBRARY != null) {
            try {
                byte[] uncompressed = NativeSecp256k1.LIBRARY.ecdsaRecover(compact(), hash, v - 27);
                return new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 65));
            } catch (RuntimeException e) {
                throw new InvalidSignatureException("the signature cannot be verified");
            }
        }
        return recoverPublicKeyInJava(hash);
    }

    BigInteger recoverPublicKeyInJava(byte[] hash) {
        try {
            return Sign.signedMessageHashToKey(hash, new Sign.SignatureData(v, r, s));
        } catch (SignatureException | IllegalArgumentException e) {
            throw new InvalidSignatureException("the signature cannot be verified");
        }
    }

    /** The lower-case 0x address that made this signature over {@code hash}. */
    public String recoverAddress(byte[] hash) {
        return addressOf(recoverPublicKey(hash));
    }

    public static String addressOf(BigInteger publicKey) {
        return "0x" + Keys.getAddress(publicKey).toLowerCase(Locale.ROOT);
    }

    /** r ‖ s, the 64-byte form libsecp256k1 verifies. */
    byte[] compact() {
        byte[] bytes = new byte[64];
        System.arraycopy(r, 0, bytes, 0, 32);
        System.arraycopy(s, 0, bytes, 32, 32);
        return bytes;
    }

    BigInteger r() {
        return new BigInteger(1, r);
    }

    BigInteger s() {
        return new BigInteger(1, s);
    }

    public String toHex() {
        byte[] bytes = new byte[65];
        System.arraycopy(r, 0, bytes, 0, 32);
        System.arraycopy(s, 0, bytes, 32, 32);
        bytes[64] = v;
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
