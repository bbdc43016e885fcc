package io.athgrid.agent.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(1));

    @Test
    void doubles_with_jitter_between_half_and_all_of_the_step() {
        for (int failures = 1; failures <= 6; failures++) {
            long step = 1000L << (failures - 1);
            for (int i = 0; i < 50; i++) {
                assertThat(backoff.delay(failures).toMillis()).isBetween(step / 2, step);
            }
        }
    }

    @Test
    void never_waits_longer_than_the_cap() {
        for (int failures = 7; failures < 200; failures++) {
            assertThat(backoff.delay(failures)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
        }
    }

    @Test
    void jitter_spreads_the_retries() {
        assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> backoff.delay(5)).distinct().count()).isGreaterThan(10);
    }
}
