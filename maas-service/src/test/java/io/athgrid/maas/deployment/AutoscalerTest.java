package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutoscalerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Autoscaler SCALER = new Autoscaler(8, Duration.ofMinutes(2), Duration.ofMinutes(10));

    private static Deployment wanting(int desired, int min, int max) {
        Deployment deployment = Deployment.create("d1", "acme", "m", "H100_SXM", "us-east", new ReplicaBounds(min, max))
                .scaleTo(desired);
        for (Replica replica : deployment.inState(ReplicaState.REQUESTED)) {
            deployment = deployment.placed(replica.replicaId(), "c")
                    .engineAt(replica.replicaId(), URI.create("http://e:8000")).healthy(replica.replicaId());
        }
        return deployment;
    }

    @Test
    void scales_up_at_once_to_keep_each_replica_at_its_target_concurrency() {
        Deployment one = wanting(1, 1, 4);

        assertThat(SCALER.desired(one, 8, NOW, NOW, NOW)).isEqualTo(1);
        assertThat(SCALER.desired(one, 9, NOW, NOW, NOW)).isEqualTo(2);
        assertThat(SCALER.desired(one, 100, NOW, NOW, NOW)).as("at most max").isEqualTo(4);
    }

    @Test
    void scales_down_only_once_the_last_change_has_settled() {
        Deployment three = wanting(3, 1, 4);
        Instant justScaled = NOW.minusSeconds(30);

        assertThat(SCALER.desired(three, 4, NOW, justScaled, NOW)).isEqualTo(3);
        assertThat(SCALER.desired(three, 4, NOW, NOW.minus(Duration.ofMinutes(2)), NOW)).isEqualTo(1);
        assertThat(SCALER.desired(three, 0, NOW, NOW.minus(Duration.ofMinutes(3)), NOW)).as("idle: the minimum").isEqualTo(1);
    }

    @Test
    void scales_to_zero_after_the_idle_time_only_when_the_minimum_is_zero() {
        Instant lastRequest = NOW.minus(Duration.ofMinutes(10));

        assertThat(SCALER.desired(wanting(1, 0, 2), 0, lastRequest, lastRequest, NOW)).isZero();
        assertThat(SCALER.desired(wanting(1, 0, 2), 0, NOW.minus(Duration.ofMinutes(9)), lastRequest, NOW)).isEqualTo(1);
        assertThat(SCALER.desired(wanting(1, 1, 2), 0, lastRequest, lastRequest, NOW)).isEqualTo(1);
    }

    @Test
    void a_request_held_for_a_deployment_scaled_to_zero_starts_a_replica() {
        Deployment zero = wanting(1, 0, 2).scaleTo(0);

        assertThat(SCALER.desired(zero, 1, NOW, NOW.minusSeconds(5), NOW)).isEqualTo(1);
    }
}
