package io.athgrid.testsupport.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A native server started by this JVM (anvil, redis-server). Its output goes to a log file so a
 * full pipe never blocks it, and it is ended at JVM exit if nobody stopped it before.
 */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread exitHook;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.exitHook = ShutdownHooks.register(name, this::terminate);
    }

    public static ChildProcess start(String name, List<String> command, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM first, so servers can save their state, then SIGKILL after ten seconds. */
    public void stop() {
        terminate();
        ShutdownHooks.unregister(exitHook);
    }

    private void terminate() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines the process wrote, for error messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output in " + logFile + ")";
        }
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
