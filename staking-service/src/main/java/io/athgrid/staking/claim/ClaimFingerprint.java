package io.athgrid.staking.claim;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a claim request as parsed (amount, option), so a repeat under the same idempotency key
 * can be told apart from a different claim. The parsed amount is hashed rather than the raw body, so a
 * retry serialised anew (whitespace, field order, leading zeros of {@code amountWei}) is still a repeat.
 */
public final class ClaimFingerprint {

    private ClaimFingerprint() {
    }

    /** 64 lower-case hex digits. */
    public static String of(BigInteger amountWei, ClaimOption option) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "amountWei", amountWei);
        field(canonical, "option", option == null ? null : option.name());
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Length-prefixed, so no value can pass for another field's; null differs from every value. */
    private static void field(StringBuilder canonical, String name, Object value) {
        canonical.append(name).append('=');
        if (value == null) {
            canonical.append('-');
        } else {
            String text = value.toString();
            canonical.append(text.length()).append(':').append(text);
        }
        canonical.append(';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
