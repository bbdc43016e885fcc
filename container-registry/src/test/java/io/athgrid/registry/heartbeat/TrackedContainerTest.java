package io.athgrid.registry.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.signature.PublicKeyVerifier;
import io.athgrid.registry.heartbeat.TrackedContainer.FlushedHeartbeat;
import io.athgrid.registry.lifecycle.ContainerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Keys;

class TrackedContainerTest {

    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(180);

    @Test
    void each_sequence_must_be_above_the_last_accepted_one() {
        TrackedContainer container = tracked(ContainerStatus.STANDBY);

        assertThat(container.accept(5, START)).isTrue();
        assertThat(container.accept(5, START.plusSeconds(1))).isFalse();
        assertThat(container.accept(4, START.plusSeconds(2))).isFalse();
        assertThat(container.accept(6, START.plusSeconds(3))).isTrue();
    }

    @Test
    void a_container_is_overdue_only_after_the_whole_silence_and_only_if_it_should_send_heartbeats() {
        TrackedContainer container = tracked(ContainerStatus.STANDBY);
        container.accept(1, START);

        assertThat(container.isOverdue(START.plus(OFFLINE_AFTER), OFFLINE_AFTER)).isFalse();
        assertThat(container.isOverdue(START.plus(OFFLINE_AFTER).plusMillis(1), OFFLINE_AFTER)).isTrue();

        container.status(ContainerStatus.OFFLINE);
        assertThat(container.isOverdue(START.plus(OFFLINE_AFTER).plusSeconds(60), OFFLINE_AFTER)).isFalse();
        container.status(ContainerStatus.DISSOLVING);
        assertThat(container.isOverdue(START.plus(OFFLINE_AFTER).plusSeconds(60), OFFLINE_AFTER)).isFalse();
    }

    @Test
    void watching_begins_with_a_grace_period_from_the_given_time() {
        TrackedContainer container = tracked(ContainerStatus.CHECKING);

        assertThat(container.isOverdue(START.plusSeconds(179), OFFLINE_AFTER)).isFalse();
        assertThat(container.isOverdue(START.plusSeconds(181), OFFLINE_AFTER)).isTrue();
    }

    @Test
    void the_last_heartbeat_is_flushed_once_and_again_after_a_failed_flush() {
        TrackedContainer container = tracked(ContainerStatus.STANDBY);
        assertThat(container.takeUnflushed()).isNull();

        container.accept(1, START);
        container.accept(2, START.plusSeconds(60));
        FlushedHeartbeat flushed = container.takeUnflushed();

        assertThat(flushed.sequence()).isEqualTo(2);
        assertThat(flushed.at()).isEqualTo(START.plusSeconds(60));
        assertThat(container.takeUnflushed()).isNull();
        container.flushFailed();
        assertThat(container.takeUnflushed()).isEqualTo(flushed);
    }

    private static TrackedContainer tracked(ContainerStatus status) {
        try {
            PublicKeyVerifier verifier = new PublicKeyVerifier(Keys.createEcKeyPair().getPublicKey());
            return new TrackedContainer(UUID.randomUUID(), verifier, status, Long.MIN_VALUE, START, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
