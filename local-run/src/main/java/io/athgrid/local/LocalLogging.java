package io.athgrid.local;

import java.nio.file.Path;

/** Points the local run's logback configuration at the work directory. */
final class LocalLogging {

    private LocalLogging() {
    }

    /** Must run before the first logger is created: logback reads the property once at start. */
    static void configure(Path workDirectory) {
        System.setProperty("athgrid.local.logs", logDirectory(workDirectory).toString());
    }

    static Path logFile(Path workDirectory) {
        return logDirectory(workDirectory).resolve("athgrid.log");
    }

    private static Path logDirectory(Path workDirectory) {
        return workDirectory.resolve("logs");
    }
}
