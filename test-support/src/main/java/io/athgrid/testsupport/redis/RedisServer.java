package io.athgrid.testsupport.redis;

import java.util.Optional;

/**
 * A Redis server for tests: the one on 127.0.0.1:6379, a Testcontainers {@code redis:7-alpine},
 * or a {@code redis-server} from the PATH started on a free port; found once per JVM.
 */
public final class RedisServer {

    private static Optional<RedisServer> found;

    private final String host;
    private final int port;
    private final String description;

    RedisServer(String host, int port, String description) {
        this.host = host;
        this.port = port;
        this.description = description;
    }

    /** The Redis server tests share in this JVM, or empty when none could be found or started. */
    public static synchronized Optional<RedisServer> find() {
        if (found == null) {
            found = RedisDiscovery.discover();
        }
        return found;
    }

    /** Whether a Redis server answers PING at host:port within a second, without any client library. */
    public static boolean reachable(String host, int port) {
        return RespPing.answers(host, port);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Where this server is and how it was chosen, for logs. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "RedisServer[" + description + "]";
    }
}
