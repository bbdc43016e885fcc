package io.athgrid.agent.workload.docker;

import io.athgrid.agent.workload.WorkloadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs commands as child processes; their output goes through temporary files, so no pipe can fill up and block them. */
public final class ProcessCommandRunner implements CommandRunner {

    @Override
    public CommandResult run(List<String> command, Map<String, String> environment, Duration timeout) {
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile("athgrid-command", ".out");
            stderr = Files.createTempFile("athgrid-command", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close(); // nothing to say to it; a program reading its input sees the end at once
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new WorkloadException("`" + command.get(0) + "` did not finish within " + timeout + ": "
                        + String.join(" ", command));
            }
            return new CommandResult(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WorkloadException("cannot run `" + command.get(0) + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkloadException("interrupted while running `" + command.get(0) + "`", e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover empty temp file is not worth failing a command for.
            }
        }
    }
}
