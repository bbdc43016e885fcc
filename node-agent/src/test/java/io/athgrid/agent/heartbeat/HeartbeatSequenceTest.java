package io.athgrid.agent.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HeartbeatSequenceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @Test
    void is_the_clocks_epoch_milliseconds_so_a_restarted_agent_continues_above_its_last_number() {
        HeartbeatSequence beforeRestart = new HeartbeatSequence(Clock.fixed(NOW, ZoneOffset.UTC));
        long last = beforeRestart.next();

        HeartbeatSequence afterRestart = new HeartbeatSequence(Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));

        assertThat(last).isEqualTo(NOW.toEpochMilli());
        assertThat(afterRestart.next()).isGreaterThan(last);
    }

    @Test
    void grows_even_when_the_clock_stands_still() {
        HeartbeatSequence sequence = new HeartbeatSequence(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(sequence.next()).isLessThan(sequence.next());
    }

    @Test
    void jumps_a_whole_interval_ahead_after_a_replay() {
        HeartbeatSequence sequence = new HeartbeatSequence(Clock.fixed(NOW, ZoneOffset.UTC));
        long replayed = sequence.next();

        sequence.skipAfterReplay(Duration.ofSeconds(60));

        assertThat(sequence.next()).isGreaterThan(replayed + 60_000);
    }
}
