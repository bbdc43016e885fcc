package io.athgrid.testsupport.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.athgrid.testsupport.host.FreePorts;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedisServerIT {

    @Test
    void foundServerStoresAndReturnsValues() throws Exception {
        Optional<RedisServer> found = RedisServer.find();
        assumeTrue(found.isPresent(), "no Redis on this machine");
        RedisServer redis = found.get();
        String key = "it:" + UUID.randomUUID();

        try (RespCommands commands = new RespCommands(redis)) {
            assertThat(commands.set(key, "42 GPU-hours")).isEqualTo("+OK");
            assertThat(commands.get(key)).isEqualTo("42 GPU-hours");
            assertThat(commands.get(key + ":missing")).isNull();
        }
        assertThat(RedisServer.reachable(redis.host(), redis.port())).isTrue();
        assertThat(RedisServer.find()).containsSame(redis);
    }

    @Test
    void aPortWithoutRedisIsNotReachable() {
        assertThat(RedisServer.reachable("127.0.0.1", FreePorts.next())).isFalse();
    }

    @Test
    void redisServerFromThePathIsStartedOnAFreePort() throws Exception {
        Optional<Path> binary = RedisBinary.onPath();
        assumeTrue(binary.isPresent(), "no redis-server on the PATH");

        RedisServer started = RedisBinary.start(binary.get());

        assertThat(started.port()).isNotEqualTo(6379);
        assertThat(RedisServer.reachable(started.host(), started.port())).isTrue();
        try (RespCommands commands = new RespCommands(started)) {
            assertThat(commands.set("binary", "yes")).isEqualTo("+OK");
            assertThat(commands.get("binary")).isEqualTo("yes");
        }
    }
}
