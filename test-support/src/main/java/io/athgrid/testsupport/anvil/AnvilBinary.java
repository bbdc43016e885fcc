package io.athgrid.testsupport.anvil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds the anvil executable: system property {@code athgrid.anvil.bin}, environment variable
 * {@code ANVIL_BIN}, then the path test-support's build recorded in {@code athgrid-tools.properties}
 * after installing the npm package there.
 */
final class AnvilBinary {

    static final String PROPERTY = "athgrid.anvil.bin";
    static final String ENVIRONMENT = "ANVIL_BIN";
    static final String TOOLS_RESOURCE = "/athgrid-tools.properties";

    private AnvilBinary() {
    }

    static Path resolve() {
        String fromProperty = System.getProperty(PROPERTY);
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (present(fromProperty)) {
            return executable(fromProperty, "system property " + PROPERTY);
        }
        if (present(fromEnvironment)) {
            return executable(fromEnvironment, "environment variable " + ENVIRONMENT);
        }
        return executable(recordedAtBuild().orElseThrow(() -> missing("test-support's " + TOOLS_RESOURCE
                + " is not on the classpath")), "test-support's build");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Path executable(String path, String source) {
        Path binary = Path.of(path);
        if (!Files.isExecutable(binary)) {
            throw missing(binary + " (from " + source + ") is not an executable file");
        }
        return binary;
    }

    private static Optional<String> recordedAtBuild() {
        try (InputStream in = AnvilBinary.class.getResourceAsStream(TOOLS_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties tools = new Properties();
            tools.load(in);
            return Optional.ofNullable(tools.getProperty("anvil.bin"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TOOLS_RESOURCE, e);
        }
    }

    private static IllegalStateException missing(String why) {
        return new IllegalStateException("anvil not found: " + why + ". Install it with "
                + "'./mvnw -pl test-support install' (runs npm ci in test-support), or point "
                + "the system property " + PROPERTY + " or the environment variable " + ENVIRONMENT
                + " at an anvil 1.7.1 binary.");
    }
}
