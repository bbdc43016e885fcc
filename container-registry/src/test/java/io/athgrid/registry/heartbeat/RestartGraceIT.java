package io.athgrid.registry.heartbeat;

import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.registry.RegistryIT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;

/** What a registry restarted from the database knows: the flushed sequence, and a fresh grace period. */
class RestartGraceIT extends RegistryIT {

    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(3);

    @Test
    void a_restart_long_after_the_last_heartbeat_marks_nobody_offline_at_once() {
        ECKeyPair node = newKey();
        String id = register(newKey(), node);
        heartbeat(id, node, 7);
        assertThat(eventually(() -> rows("select count(*) from container where id = ?::uuid"
                + " and last_heartbeat_sequence = 7", id) == 1, Duration.ofSeconds(10))).isTrue();
        heartbeat(id, node, 8);
        Instant restart = Instant.now().plus(Duration.ofHours(1));

        HeartbeatTracker restarted = new HeartbeatTracker(jdbc, Clock.fixed(restart, ZoneOffset.UTC));
        restarted.watchLiveContainers();
        TrackedContainer tracked = restarted.all().stream()
                .filter(container -> container.id().equals(UUID.fromString(id)))
                .findFirst()
                .orElseThrow();

        assertThat(tracked.isOverdue(restart.plus(OFFLINE_AFTER), OFFLINE_AFTER)).isFalse();
        assertThat(tracked.isOverdue(restart.plus(OFFLINE_AFTER).plusSeconds(1), OFFLINE_AFTER)).isTrue();
        assertThat(tracked.accept(7, restart)).as("the flushed sequence is remembered").isFalse();
        assertThat(tracked.accept(100, restart)).isTrue();
    }
}
