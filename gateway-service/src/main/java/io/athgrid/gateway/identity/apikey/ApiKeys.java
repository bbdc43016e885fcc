package io.athgrid.gateway.identity.apikey;

import io.athgrid.gateway.identity.RandomAlphanumerics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The format of enterprise API keys: {@code ath_} and 40 random letters and digits (about 238
 * bits). Only a SHA-256 of the whole key is stored. A plain fast hash is the right tool here: the
 * keys are high-entropy random secrets, not passwords, so there is nothing for a slow, salted hash
 * to protect against, and a deterministic hash lets a presented key be looked up by its hash.
 */
public final class ApiKeys {

    public static final String PREFIX = "ath_";
    static final int RANDOM_LENGTH = 40;
    /** How much of a key is kept in clear to tell keys apart in listings. */
    static final int DISPLAY_PREFIX_LENGTH = 12;
    private static final Pattern WELL_FORMED = Pattern.compile("ath_[0-9A-Za-z]{32,128}");

    private ApiKeys() {
    }

    /** A new key; its secret is shown to the caller once and never stored. */
    public static NewApiKey generate(RandomAlphanumerics random) {
        String secret = PREFIX + random.next(RANDOM_LENGTH);
        return new NewApiKey(secret, displayPrefix(secret), hash(secret));
    }

    /** Whether a presented credential could be a key at all; anything else is refused without a lookup. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    public static boolean looksLikeKey(String credential) {
        return credential != null && credential.startsWith(PREFIX);
    }

    /** Lower-case hex SHA-256 of the UTF-8 key. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String displayPrefix(String key) {
        return key.substring(0, DISPLAY_PREFIX_LENGTH);
    }

    /** A freshly generated key: the secret for the caller, the prefix and hash for the database. */
    public record NewApiKey(String secret, String prefix, String hash) {

        @Override
        public String toString() {
            return "NewApiKey[prefix=" + prefix + "]";
        }
    }
}
