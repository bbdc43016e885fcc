package io.athgrid.maas.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.maas.deployment.ReplicaState;
import io.athgrid.maas.engine.EngineHealth.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineHealthTest {

    private static final Instant PLACED = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant SOON = PLACED.plusSeconds(30);

    private final EngineHealth health = new EngineHealth(3, Duration.ofMinutes(20));

    @Test
    void a_starting_engine_that_answers_makes_its_replica_ready() {
        assertThat(health.judge("r1", ReplicaState.STARTING, true, PLACED, SOON)).isEqualTo(Verdict.READY);
    }

    @Test
    void a_starting_engine_may_fail_its_checks_until_the_start_deadline_then_its_replica_fails() {
        for (int i = 0; i < 10; i++) {
            assertThat(health.judge("r1", ReplicaState.STARTING, false, PLACED, SOON)).as("loading its weights")
                    .isEqualTo(Verdict.NONE);
        }
        assertThat(health.judge("r1", ReplicaState.STARTING, false, PLACED, PLACED.plus(Duration.ofMinutes(19))))
                .isEqualTo(Verdict.NONE);
        assertThat(health.judge("r1", ReplicaState.STARTING, false, PLACED, PLACED.plus(Duration.ofMinutes(20))))
                .isEqualTo(Verdict.NOT_STARTED);
        assertThat(health.judge("r1", ReplicaState.STARTING, true, PLACED, PLACED.plus(Duration.ofMinutes(30))))
                .as("healthy at last, even late").isEqualTo(Verdict.READY);
    }

    @Test
    void a_starting_replica_without_a_placement_time_has_no_deadline() {
        assertThat(health.judge("r1", ReplicaState.STARTING, false, null, PLACED.plus(Duration.ofDays(1))))
                .isEqualTo(Verdict.NONE);
    }

    @Test
    void a_ready_engine_fails_after_the_configured_checks_failed_in_a_row() {
        assertThat(health.judge("r1", ReplicaState.READY, false, PLACED, SOON)).isEqualTo(Verdict.NONE);
        assertThat(health.judge("r1", ReplicaState.READY, false, PLACED, SOON)).isEqualTo(Verdict.NONE);
        assertThat(health.failures("r1")).isEqualTo(2);
        assertThat(health.judge("r1", ReplicaState.READY, false, PLACED, SOON)).isEqualTo(Verdict.UNHEALTHY);
        assertThat(health.failures("r1")).as("counted afresh").isZero();
    }

    @Test
    void a_passed_check_starts_the_count_again() {
        health.judge("r1", ReplicaState.READY, false, PLACED, SOON);
        health.judge("r1", ReplicaState.READY, false, PLACED, SOON);
        assertThat(health.judge("r1", ReplicaState.READY, true, PLACED, SOON)).isEqualTo(Verdict.NONE);
        health.judge("r1", ReplicaState.READY, false, PLACED, SOON);
        assertThat(health.judge("r1", ReplicaState.READY, false, PLACED, SOON)).isEqualTo(Verdict.NONE);
        assertThat(health.failures("r1")).isEqualTo(2);
    }

    @Test
    void replicas_are_counted_apart_and_forgotten_once_no_longer_looked_after() {
        health.judge("r1", ReplicaState.READY, false, PLACED, SOON);
        health.judge("r2", ReplicaState.READY, false, PLACED, SOON);
        health.judge("r2", ReplicaState.READY, false, PLACED, SOON);

        health.retainOnly(List.of("r2"));

        assertThat(health.failures("r1")).isZero();
        assertThat(health.failures("r2")).isEqualTo(2);
    }

    @Test
    void at_least_one_failed_check_is_needed() {
        assertThatThrownBy(() -> new EngineHealth(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
