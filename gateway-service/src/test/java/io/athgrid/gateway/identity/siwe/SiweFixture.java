package io.athgrid.gateway.identity.siwe;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * Builds EIP-4361 messages the way wallets (siwe.js) write them, and signs them with well-known
 * development keys (anvil's first accounts; public knowledge, never used on a real chain).
 */
public final class SiweFixture {

    public static final String ANVIL_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    public static final String ANVIL_ADDRESS_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    public static final String ANVIL_KEY_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    public static final String ANVIL_ADDRESS_1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    public static final String ANVIL_KEY_2 = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    public static final String ANVIL_ADDRESS_2 = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

    public String scheme;
    public String domain = "localhost:8080";
    public String address = ANVIL_ADDRESS_0;
    public String statement = "Sign in to athgrid.";
    public String uri = "http://localhost:8080";
    public String version = "1";
    public String chainId = "421614";
    public String nonce = "k2X9pQ7rT4mZ8vN1bC6wY3dL";
    public Instant issuedAt = Instant.parse("2026-05-01T12:00:00Z");
    public Instant expirationTime;
    public Instant notBefore;
    public String requestId;
    public List<String> resources = new ArrayList<>();

    public static SiweFixture message() {
        return new SiweFixture();
    }

    public SiweFixture address(String address) {
        this.address = address;
        return this;
    }

    public SiweFixture nonce(String nonce) {
        this.nonce = nonce;
        return this;
    }

    public SiweFixture issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    public SiweFixture domain(String domain) {
        this.domain = domain;
        return this;
    }

    public SiweFixture chainId(long chainId) {
        this.chainId = Long.toString(chainId);
        return this;
    }

    public SiweFixture expirationTime(Instant expirationTime) {
        this.expirationTime = expirationTime;
        return this;
    }

    public SiweFixture statement(String statement) {
        this.statement = statement;
        return this;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        if (scheme != null) {
            text.append(scheme).append("://");
        }
        text.append(domain).append(" wants you to sign in with your Ethereum account:\n");
        text.append(address).append("\n\n");
        if (statement != null) {
            text.append(statement).append("\n");
        }
        text.append("\n");
        text.append("URI: ").append(uri).append("\n");
        text.append("Version: ").append(version).append("\n");
        text.append("Chain ID: ").append(chainId).append("\n");
        text.append("Nonce: ").append(nonce).append("\n");
        text.append("Issued At: ").append(issuedAt);
        if (expirationTime != null) {
            text.append("\nExpiration Time: ").append(expirationTime);
        }
        if (notBefore != null) {
            text.append("\nNot Before: ").append(notBefore);
        }
        if (requestId != null) {
            text.append("\nRequest ID: ").append(requestId);
        }
        if (!resources.isEmpty()) {
            text.append("\nResources:");
            resources.forEach(resource -> text.append("\n- ").append(resource));
        }
        return text.toString();
    }

    /** An EIP-191 personal_sign signature (0x + r + s + v, v = 27 or 28), as wallets return it. */
    public static String sign(String text, String privateKeyHex) {
        ECKeyPair keys = Credentials.create(privateKeyHex).getEcKeyPair();
        Sign.SignatureData signature = Sign.signPrefixedMessage(text.getBytes(StandardCharsets.UTF_8), keys);
        byte[] bytes = new byte[65];
        System.arraycopy(signature.getR(), 0, bytes, 0, 32);
        System.arraycopy(signature.getS(), 0, bytes, 32, 32);
        bytes[64] = signature.getV()[0];
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    /** The same signature with s replaced by n - s: valid maths, but the malleable (high-s) twin. */
    public static String highS(String signatureHex) {
        byte[] bytes = HexFormat.of().parseHex(signatureHex.substring(2));
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 32, 64));
        byte[] flipped = toBytes32(Sign.CURVE_PARAMS.getN().subtract(s));
        System.arraycopy(flipped, 0, bytes, 32, 32);
        bytes[64] = (byte) (bytes[64] == 27 ? 28 : 27);
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    private static byte[] toBytes32(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}
