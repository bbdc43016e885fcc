package io.athgrid.testsupport.host;

import java.util.Optional;

/**
 * Reads a setting from a system property, or else from the environment variable of the same name
 * in upper case with dots and dashes as underscores ({@code athgrid.test.postgres.url} ->
 * {@code ATHGRID_TEST_POSTGRES_URL}).
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(property));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String environmentName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
