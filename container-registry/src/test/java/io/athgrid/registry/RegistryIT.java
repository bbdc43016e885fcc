package io.athgrid.registry;

import static io.athgrid.registry.registration.RegistrationFixture.address;
import static io.athgrid.registry.registration.RegistrationFixture.newFingerprint;
import static io.athgrid.registry.registration.RegistrationFixture.registration;
import static io.athgrid.registry.registration.RegistrationFixture.signed;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.PlatformEvent;
import io.athgrid.events.Topics;
import io.athgrid.protocol.container.Heartbeat;
import io.athgrid.protocol.container.HeartbeatRequest;
import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.testing.EventWriter;
import io.athgrid.support.testing.ServiceIntegrationTest;
import io.athgrid.support.testing.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry on real PostgreSQL and Kafka, called over HTTP as the gateway and node agents do.
 * Every IT shares these properties and so one Spring context.
 */
@ServiceIntegrationTest
@TestPropertySource(locations = RegistryIT.PROPERTIES,
        properties = "spring.config.name=" + ContainerRegistryApplication.CONFIG_NAME)
public abstract class RegistryIT {

    public static final String PROPERTIES = "classpath:registry-it.properties";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final Caller OPERATOR = Caller.operator("0x" + "e".repeat(40));
    protected static final Duration WAIT = Duration.ofSeconds(30);

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    private InternalTokenIssuer tokens;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private KafkaTemplate<String, String> kafka;

    private final HttpClient client = HttpClient.newHttpClient();

    protected String tokenFor(Caller caller) {
        return tokens.issue(caller, "registry-it");
    }

    protected HttpResponse<String> send(String method, String path, Object body, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                                : JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (caller != null) {
            request.header("Authorization", "Bearer " + tokenFor(caller));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Registers a fresh H100 container of {@code owner} without a gateway token, as a node agent does. */
    protected String register(ECKeyPair owner, ECKeyPair node) {
        RegisterContainerRequest request =
                signed(registration(owner, node, newFingerprint(), Instant.now()), owner, node);
        HttpResponse<String> response = send("POST", "/containers", request, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("containerId").asString();
    }

    protected HttpResponse<String> heartbeat(String containerId, ECKeyPair node, long sequence) {
        Heartbeat heartbeat = new Heartbeat(containerId, sequence, Instant.now().getEpochSecond());
        return send("POST", "/containers/" + containerId + "/heartbeats", HeartbeatRequest.signed(heartbeat, node),
                null);
    }

    /** Heartbeats for the containers a test keeps alive; close it after the test. */
    protected LiveContainers liveContainers() {
        return new LiveContainers(this::heartbeat);
    }

    /** Publishes other services' events as their outbox relays would. */
    protected EventWriter events() {
        return new EventWriter(kafka, "registry-it");
    }

    protected UUID publish(PlatformEvent event) {
        return events().publish(event).eventId();
    }

    /** Waits until {@code consumer} has committed the event: applied, or skipped without failing. */
    protected void awaitProcessed(String consumer, UUID eventId) {
        assertThat(eventually(() -> rows("select count(*) from processed_event where consumer = ? and event_id = ?",
                consumer, eventId) == 1, WAIT)).as("%s processed %s", consumer, eventId).isTrue();
    }

    protected void applyAsOperator(String containerId, String trigger) {
        HttpResponse<String> response =
                send("POST", "/containers/" + containerId + "/transitions", Map.of("trigger", trigger), OPERATOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    protected String statusOf(String containerId) {
        return container(containerId).path("status").asString();
    }

    protected JsonNode lastChangeOf(String containerId) {
        JsonNode history = json(send("GET", "/containers/" + containerId + "/history", null, OPERATOR));
        return history.get(history.size() - 1);
    }

    protected long changesOf(String containerId) {
        return rows("select count(*) from container_status_change where container_id = ?::uuid", containerId);
    }

    protected JsonNode container(String containerId) {
        return json(send("GET", "/containers/" + containerId, null, Caller.operator("0x" + "0".repeat(40))));
    }

    protected static Caller wallet(ECKeyPair key) {
        return Caller.wallet(address(key));
    }

    protected long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The first event on athgrid.containers of this type for this container that {@code matches}. */
    protected Optional<JsonNode> event(String containerId, String type, Predicate<JsonNode> matches) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTAINERS)) {
            Predicate<ConsumerRecord<String, String>> wanted = record -> containerId.equals(record.key())
                    && type.equals(TopicReader.header(record, "eventType"))
                    && matches.test(payload(record));
            List<ConsumerRecord<String, String>> records =
                    reader.readUntil(seen -> seen.stream().anyMatch(wanted), Duration.ofSeconds(30));
            return records.stream().filter(wanted).findFirst().map(RegistryIT::payload);
        }
    }

    /** Waits until {@code condition} holds, up to {@code timeout}. */
    protected static boolean eventually(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    private static JsonNode payload(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).path("payload");
    }
}
