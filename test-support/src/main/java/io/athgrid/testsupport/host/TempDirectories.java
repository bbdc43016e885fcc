package io.athgrid.testsupport.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories for infrastructure data, and their removal. */
public final class TempDirectories {

    private TempDirectories() {
    }

    /** A new directory under java.io.tmpdir; the caller deletes it (see {@link #deleteQuietly}). */
    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory", e);
        }
    }

    /** Deletes a directory tree; a leftover file in the temp folder is not worth failing a run for. */
    public static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: the OS cleans the temp folder eventually
        }
    }
}
