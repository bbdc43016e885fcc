package io.athgrid.support.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request as parsed, field by field, so a repeat under an {@link IdempotencyKey} can be told
 * apart from a different request: hashing the parsed values rather than the raw bytes lets a client
 * re-serialise its retry (whitespace, field order, number formats) and still be a repeat. Fields are
 * length-prefixed, so no value can pass for another field's, and null differs from every value.
 */
public final class RequestFingerprint {

    private final StringBuilder canonical = new StringBuilder();

    public RequestFingerprint field(String name, Object value) {
        canonical.append(name).append('=');
        if (value == null) {
            canonical.append('-');
        } else {
            String text = value.toString();
            canonical.append(text.length()).append(':').append(text);
        }
        canonical.append(';');
        return this;
    }

    /** 64 lower-case hex digits. */
    public String sha256Hex() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
