package io.athgrid.testsupport.redis;

import io.athgrid.testsupport.host.ShutdownHooks;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/** The order in which a Redis server for tests is looked for. */
final class RedisDiscovery {

    static final String LOCAL_HOST = "127.0.0.1";
    static final int LOCAL_PORT = 6379;
    static final String IMAGE = "redis:7-alpine";

    private static final Logger log = LoggerFactory.getLogger(RedisDiscovery.class);

    private RedisDiscovery() {
    }

    static Optional<RedisServer> discover() {
        Optional<RedisServer> server = local().or(RedisDiscovery::container).or(RedisDiscovery::binary);
        server.ifPresentOrElse(
                found -> log.info("Redis for this JVM: {}", found.description()),
                () -> log.warn("No Redis for this JVM: nothing answers at {}:{}, no Docker, no redis-server on PATH",
                        LOCAL_HOST, LOCAL_PORT));
        return server;
    }

    private static Optional<RedisServer> local() {
        return RespPing.answers(LOCAL_HOST, LOCAL_PORT)
                ? Optional.of(new RedisServer(LOCAL_HOST, LOCAL_PORT,
                        "Redis at " + LOCAL_HOST + ":" + LOCAL_PORT + " (it answered PING)"))
                : Optional.empty();
    }

    private static Optional<RedisServer> container() {
        if (!dockerAvailable()) {
            return Optional.empty();
        }
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE)).withExposedPorts(LOCAL_PORT);
        container.start();
        ShutdownHooks.register("redis-container", container::stop);
        return Optional.of(new RedisServer(container.getHost(), container.getMappedPort(LOCAL_PORT),
                "Testcontainers " + IMAGE + " (nothing at " + LOCAL_HOST + ":" + LOCAL_PORT + ", Docker available)"));
    }

    private static Optional<RedisServer> binary() {
        try {
            return RedisBinary.onPath().map(RedisBinary::start);
        } catch (IllegalStateException e) {
            log.warn("redis-server from the PATH did not start: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
