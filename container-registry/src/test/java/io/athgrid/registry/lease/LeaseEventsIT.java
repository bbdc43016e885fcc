package io.athgrid.registry.lease;

import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.JobStarted;
import io.athgrid.events.v1.LeaseExpired;
import io.athgrid.events.v1.LeaseReleased;
import io.athgrid.registry.RegistryIT;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.EventWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

/** The scheduler's lease events, published to Kafka as its relay would, move containers STANDBY <-> SERVING. */
class LeaseEventsIT extends RegistryIT {

    private static final Caller OPERATOR = Caller.operator("0x" + "e".repeat(40));
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private KafkaTemplate<String, String> kafka;

    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    /** The containers kept alive by heartbeats (1 s interval in the ITs), with their node keys. */
    private final Map<String, Node> alive = new ConcurrentHashMap<>();
    private final String orderId = "order-" + UUID.randomUUID();

    private record Node(ECKeyPair key, AtomicLong sequence) {
    }

    @BeforeEach
    void startHeartbeats() {
        heartbeats.scheduleWithFixedDelay(() -> alive.forEach(this::beat), 0, 300, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void stopHeartbeats() {
        heartbeats.shutdownNow();
    }

    @Test
    void a_started_job_makes_its_containers_serving_and_a_released_or_expired_lease_makes_them_standby() {
        String first = standby();
        String second = standby();
        String job = "job-" + UUID.randomUUID();

        publish(new JobStarted(job, orderId, 0, List.of(first, second), Instant.now()));

        assertThat(eventually(() -> status(first).equals("SERVING") && status(second).equals("SERVING"), WAIT))
                .isTrue();
        JsonNode started = lastChange(first);
        assertThat(started.path("reason").asString()).isEqualTo("LEASE_STARTED");
        assertThat(started.path("note").asString()).isEqualTo("job " + job + " placement 0 started");
        JsonNode announced = event(second, "ContainerStatusChanged",
                payload -> "LEASE_STARTED".equals(payload.path("reason").asString())).orElseThrow();
        assertThat(announced.path("previousStatus").asString()).isEqualTo("STANDBY");
        assertThat(announced.path("status").asString()).isEqualTo("SERVING");

        publish(new LeaseReleased(job, orderId, 0, "res-1", List.of(first), "COMPLETED", Instant.now()));
        publish(new LeaseExpired(job, orderId, 0, "res-1", List.of(second), "RESERVATION_LAPSED", Instant.now(),
                Instant.now()));

        assertThat(eventually(() -> status(first).equals("STANDBY") && status(second).equals("STANDBY"), WAIT))
                .isTrue();
        assertThat(lastChange(first).path("note").asString()).isEqualTo("job " + job + " placement 0 released: COMPLETED");
        assertThat(lastChange(second).path("reason").asString()).isEqualTo("LEASE_ENDED");
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
        assertThat(eventually(() -> status(container).equals("SERVING"), WAIT)).isTrue();
        publish(new LeaseReleased(job, orderId, 0, "res-1", List.of(container), "COMPLETED", Instant.now()));
        assertThat(eventually(() -> status(container).equals("STANDBY"), WAIT)).isTrue();

        events().send(startedTwice);
        // Same key, same partition: once the marker's lease has started, the redelivery was handled before it.
        publish(new JobStarted(job, orderId, 1, List.of(marker), Instant.now()));
        assertThat(eventually(() -> status(marker).equals("SERVING"), WAIT)).isTrue();

        assertThat(status(container)).isEqualTo("STANDBY");
        assertThat(rows("select count(*) from container_status_change where container_id = ?::uuid"
                + " and reason = 'LEASE_STARTED'", container)).isEqualTo(1);
    }

    @Test
    void a_lease_ending_on_an_offline_or_unknown_container_is_skipped_without_failing_the_event() {
        String offline = standby();
        alive.remove(offline);
        assertThat(eventually(() -> status(offline).equals("OFFLINE"), WAIT)).isTrue();
        long changesBefore = changes(offline);
        LeaseExpired expired = new LeaseExpired("job-" + UUID.randomUUID(), orderId, 0, "res-1",
                List.of(offline, UUID.randomUUID().toString(), "not-a-container-id"), "CONTAINER_OFFLINE",
                Instant.now(), Instant.now());

        UUID eventId = publish(expired);

        // Recorded as processed only when the handler's transaction committed: it neither failed nor went to the DLT.
        assertThat(eventually(() -> rows("select count(*) from processed_event where consumer = 'LeaseExpired'"
                + " and event_id = ?", eventId) == 1, WAIT)).isTrue();
        assertThat(status(offline)).isEqualTo("OFFLINE");
        assertThat(changes(offline)).isEqualTo(changesBefore);
    }

    /** A registered container moved to STANDBY by an operator and kept alive from then on. */
    private String standby() {
        ECKeyPair node = newKey();
        String id = register(newKey(), node);
        Node kept = new Node(node, new AtomicLong());
        beat(id, kept);
        alive.put(id, kept);
        transition(id, "CAPACITY_VERIFIED");
        transition(id, "STAKE_SUFFICIENT");
        return id;
    }

    private synchronized void beat(String id, Node node) {
        heartbeat(id, node.key(), node.sequence().incrementAndGet());
    }

    private void transition(String id, String trigger) {
        assertThat(send("POST", "/containers/" + id + "/transitions", Map.of("trigger", trigger), OPERATOR)
                .statusCode()).isEqualTo(200);
    }

    private String status(String id) {
        return container(id).path("status").asString();
    }

    private JsonNode lastChange(String id) {
        JsonNode history = json(send("GET", "/containers/" + id + "/history", null, OPERATOR));
        return history.get(history.size() - 1);
    }

    private long changes(String id) {
        return rows("select count(*) from container_status_change where container_id = ?::uuid", id);
    }

    private UUID publish(PlatformEvent event) {
        return events().publish(event).eventId();
    }

    private EventWriter events() {
        return new EventWriter(kafka, "registry-it");
    }
}
