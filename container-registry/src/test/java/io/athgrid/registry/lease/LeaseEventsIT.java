package io.athgrid.registry.lease;

import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.JobStarted;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.events.v1.LeaseReleased;
import io.athgrid.registry.RegistryIT;
import io.athgrid.registry.LiveContainers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

/** The scheduler's lease events, published to Kafka as its relay would, move containers STANDBY <-> SERVING. */
class LeaseEventsIT extends RegistryIT {

    private final String orderId = "order-" + UUID.randomUUID();
    private LiveContainers alive;

    @BeforeEach
    void startHeartbeats() {
        alive = liveContainers();
    }

    @AfterEach
    void stopHeartbeats() {
        alive.close();
    }

    @Test
    void a_started_job_makes_its_containers_serving_and_a_released_or_expired_lease_makes_them_standby() {
        String first = standby();
        String second = standby();
        String job = "job-" + UUID.randomUUID();

        publish(new JobStarted(job, orderId, 0, List.of(first, second), Instant.now()));

        assertThat(eventually(() -> statusOf(first).equals("SERVING") && statusOf(second).equals("SERVING"), WAIT))
                .isTrue();
        JsonNode started = lastChangeOf(first);
        assertThat(started.path("reason").asString()).isEqualTo("LEASE_STARTED");
        assertThat(started.path("note").asString()).isEqualTo("job " + job + " placement 0 started");
        JsonNode announced = event(second, "ContainerStatusChanged",
                payload -> "LEASE_STARTED".equals(payload.path("reason").asString())).orElseThrow();
        assertThat(announced.path("previousStatus").asString()).isEqualTo("STANDBY");
        assertThat(announced.path("status").asString()).isEqualTo("SERVING");

        publish(new LeaseReleased(job, orderId, 0, "res-1", List.of(first), "COMPLETED", Instant.now()));
        publish(new LeaseExpired(job, orderId, 0, "res-1", List.of(second), "RESERVATION_LAPSED", Instant.now(),
                Instant.now()));

        assertThat(eventually(() -> statusOf(first).equals("STANDBY") && statusOf(second).equals("STANDBY"), WAIT))
                .isTrue();
        assertThat(lastChangeOf(first).path("note").asString()).isEqualTo("job " + job + " placement 0 released: COMPLETED");
        assertThat(lastChangeOf(second).path("reason").asString()).isEqualTo("LEASE_ENDED");
        assertThat(event(second, "ContainerStatusChanged",
                payload -> "LEASE_ENDED".equals(payload.path("reason").asString())).orElseThrow()
                .path("status").asString()).isEqualTo("STANDBY");
    }

    @Test
    void a_redelivered_event_is_applied_once() {
        String container = standby();
        String marker = standby();
        String job = "job-" + UUID.randomUUID();
        EventEnvelope<PlatformEvent> startedTwice = events().publish(
                new JobStarted(job, orderId, 0, List.of(container), Instant.now()));
        assertThat(eventually(() -> statusOf(container).equals("SERVING"), WAIT)).isTrue();
        publish(new LeaseReleased(job, orderId, 0, "res-1", List.of(container), "COMPLETED", Instant.now()));
        assertThat(eventually(() -> statusOf(container).equals("STANDBY"), WAIT)).isTrue();

        events().send(startedTwice);
        // Same key, same partition: once the marker's lease has started, the redelivery was handled before it.
        publish(new JobStarted(job, orderId, 1, List.of(marker), Instant.now()));
        assertThat(eventually(() -> statusOf(marker).equals("SERVING"), WAIT)).isTrue();

        assertThat(statusOf(container)).isEqualTo("STANDBY");
        assertThat(rows("select count(*) from container_status_change where container_id = ?::uuid"
                + " and reason = 'LEASE_STARTED'", container)).isEqualTo(1);
    }

    @Test
    void a_lease_ending_on_an_offline_or_unknown_container_is_skipped_without_failing_the_event() {
        String offline = standby();
        alive.drop(offline);
        assertThat(eventually(() -> statusOf(offline).equals("OFFLINE"), WAIT)).isTrue();
        long changesBefore = changesOf(offline);
        LeaseExpired expired = new LeaseExpired("job-" + UUID.randomUUID(), orderId, 0, "res-1",
                List.of(offline, UUID.randomUUID().toString(), "not-a-container-id"), "CONTAINER_OFFLINE",
                Instant.now(), Instant.now());

        UUID eventId = publish(expired);

        // Recorded as processed only when the handler's transaction committed: it neither failed nor went to the DLT.
        awaitProcessed("LeaseExpired", eventId);
        assertThat(statusOf(offline)).isEqualTo("OFFLINE");
        assertThat(changesOf(offline)).isEqualTo(changesBefore);
    }

    /** A registered container moved to STANDBY by an operator and kept alive from then on. */
    private String standby() {
        ECKeyPair node = newKey();
        String id = register(newKey(), node);
        alive.keep(id, node);
        applyAsOperator(id, "CAPACITY_VERIFIED");
        applyAsOperator(id, "STAKE_SUFFICIENT");
        return id;
    }
}
