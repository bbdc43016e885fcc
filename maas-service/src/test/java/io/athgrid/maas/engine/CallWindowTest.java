package io.athgrid.maas.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final CallWindow window = new CallWindow(Duration.ofSeconds(120));

    @Test
    void a_call_within_the_window_either_way_is_recent() {
        long now = NOW.getEpochSecond();
        assertThat(window.contains(now, NOW)).isTrue();
        assertThat(window.contains(now - 120, NOW)).isTrue();
        assertThat(window.contains(now + 120, NOW)).isTrue();
    }

    @Test
    void a_call_outside_it_is_stale_or_from_a_clock_far_ahead() {
        long now = NOW.getEpochSecond();
        assertThat(window.contains(now - 121, NOW)).isFalse();
        assertThat(window.contains(now + 121, NOW)).isFalse();
        assertThat(window.contains(0, NOW)).isFalse();
        assertThat(window.contains(Long.MAX_VALUE, NOW)).isFalse();
        assertThat(window.contains(Long.MIN_VALUE, NOW)).isFalse();
    }

    @Test
    void the_window_is_positive() {
        assertThatThrownBy(() -> new CallWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
