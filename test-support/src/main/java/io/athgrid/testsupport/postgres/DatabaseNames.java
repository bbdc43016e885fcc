package io.athgrid.testsupport.postgres;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/** Database names that are valid unquoted PostgreSQL identifiers and unique enough for tests. */
final class DatabaseNames {

    private static final Pattern VALID = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SUFFIX_LENGTH = 10;
    private static final int MAX_PREFIX_LENGTH = 63 - SUFFIX_LENGTH - 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseNames() {
    }

    /** {@code prefix} made lower-case and identifier-safe, then "_" and ten random characters. */
    static String unique(String prefix) {
        String cleaned = (prefix == null ? "" : prefix).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_') {
            cleaned = "db_" + cleaned;
        }
        if (cleaned.length() > MAX_PREFIX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_PREFIX_LENGTH);
        }
        StringBuilder name = new StringBuilder(cleaned).append('_');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            name.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        return name.toString();
    }

    static String requireValid(String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Database name must be lower-case letters, digits and '_', at most 63 long: " + name);
        }
        return name;
    }
}
