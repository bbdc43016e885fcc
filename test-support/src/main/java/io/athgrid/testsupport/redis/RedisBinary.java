package io.athgrid.testsupport.redis;

import io.athgrid.testsupport.host.ChildProcess;
import io.athgrid.testsupport.host.FreePorts;
import io.athgrid.testsupport.host.ShutdownHooks;
import io.athgrid.testsupport.host.TempDirectories;
import io.athgrid.testsupport.host.Waiting;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A {@code redis-server} from the PATH, run in memory only on a free port until JVM exit. */
final class RedisBinary {

    private RedisBinary() {
    }

    static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "redis-server");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Starts the binary; the process and its working directory go away at JVM exit. */
    static RedisServer start(Path binary) {
        int port = FreePorts.next();
        Path workDir = TempDirectories.create("athgrid-redis-");
        ShutdownHooks.register("redis-work-dir", () -> TempDirectories.deleteQuietly(workDir));
        ChildProcess process = ChildProcess.start("redis-server", List.of(
                binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", workDir.toString()), workDir.resolve("redis.log"));
        boolean up = Waiting.until(() -> RespPing.answers("127.0.0.1", port), process::isAlive, Duration.ofSeconds(10));
        if (!up) {
            process.stop();
            throw new IllegalStateException(binary + " did not answer PING on port " + port + ":\n" + process.logTail());
        }
        return new RedisServer("127.0.0.1", port,
                binary + " started on port " + port + " (nothing at 127.0.0.1:6379, no Docker)");
    }
}
