package io.athgrid.testsupport.kafka;

import io.athgrid.testsupport.host.FreePorts;
import io.athgrid.testsupport.host.ShutdownHooks;
import io.athgrid.testsupport.host.TempDirectories;
import java.nio.file.Path;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (KRaft, combined broker and controller) running inside this JVM. Topics are
 * created on first use with {@code num.partitions} partitions (1 unless chosen).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static KafkaBroker shared;

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDir;
    private boolean stopped;

    private KafkaBroker(KafkaRaftServer server, int port, Path logDir) {
        this.server = server;
        this.port = port;
        this.logDir = logDir;
    }

    /** The broker tests share in this JVM: a free port, a temporary log dir removed at exit. */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            Path logDir = TempDirectories.create("athgrid-kafka-");
            KafkaBroker broker = start(logDir, 0);
            ShutdownHooks.register("shared-kafka", () -> {
                broker.stop();
                TempDirectories.deleteQuietly(logDir);
            });
            shared = broker;
            log.info("Kafka for this JVM: in-process KRaft broker at {}", broker.bootstrapServers());
        }
        return shared;
    }

    /** Starts a broker keeping its data in {@code logDir}; port 0 picks a free port. */
    public static KafkaBroker start(Path logDir, int port) {
        return start(logDir, port, 1);
    }

    /** As {@link #start(Path, int)}, with {@code numPartitions} for auto-created topics. */
    public static KafkaBroker start(Path logDir, int port, int numPartitions) {
        if (numPartitions < 1) {
            throw new IllegalArgumentException("numPartitions must be at least 1: " + numPartitions);
        }
        KafkaLogLevels.quiet();
        int brokerPort = FreePorts.orNext(port);
        int controllerPort = FreePorts.next();
        KafkaConfig config = new KafkaConfig(
                BrokerSettings.singleNode(logDir, brokerPort, controllerPort, numPartitions), false);
        KRaftStorage.formatIfNeeded(config);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // Returns once the broker is unfenced and its listeners accept connections.
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw new IllegalStateException("Kafka broker on port " + brokerPort + " did not start", e);
        }
        return new KafkaBroker(server, brokerPort, logDir);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    /** Stops this broker; a no-op for the shared one, which stops at JVM exit. */
    @Override
    public void close() {
        synchronized (KafkaBroker.class) {
            if (this == shared) {
                return;
            }
        }
        stop();
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", " + logDir + "]";
    }
}
