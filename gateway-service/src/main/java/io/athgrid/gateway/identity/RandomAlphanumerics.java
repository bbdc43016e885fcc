package io.athgrid.gateway.identity;

import java.security.SecureRandom;

/** Unguessable strings of letters and digits, for API keys and sign-in nonces. */
public final class RandomAlphanumerics {

    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final SecureRandom random;

    public RandomAlphanumerics(SecureRandom random) {
        this.random = random;
    }

    /** {@code length} characters, each uniformly from 62 (about 5.95 bits each). */
    public String next(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
