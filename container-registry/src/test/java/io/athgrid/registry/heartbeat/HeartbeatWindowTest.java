package io.athgrid.registry.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeartbeatWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final HeartbeatWindow window = new HeartbeatWindow(Duration.ofSeconds(120), Duration.ofSeconds(30));

    @Test
    void a_heartbeat_from_the_last_two_minutes_or_the_next_thirty_seconds_is_in_the_window() {
        long now = NOW.getEpochSecond();

        assertThat(window.contains(now, NOW)).isTrue();
        assertThat(window.contains(now - 120, NOW)).isTrue();
        assertThat(window.contains(now + 30, NOW)).isTrue();
    }

    @Test
    void older_or_later_heartbeats_are_outside() {
        long now = NOW.getEpochSecond();

        assertThat(window.contains(now - 121, NOW)).isFalse();
        assertThat(window.contains(now + 31, NOW)).isFalse();
    }
}
