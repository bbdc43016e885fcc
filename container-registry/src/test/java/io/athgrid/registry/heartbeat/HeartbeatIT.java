package io.athgrid.registry.heartbeat;

import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.container.Heartbeat;
import io.athgrid.protocol.container.HeartbeatRequest;
import io.athgrid.registry.RegistryIT;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

class HeartbeatIT extends RegistryIT {

    private final ECKeyPair owner = newKey();
    private final ECKeyPair node = newKey();

    @Autowired
    MeterRegistry meters;

    @Test
    void a_signed_heartbeat_is_accepted_and_a_replay_is_refused() {
        String id = register(owner, node);
        double acceptedBefore = counted("accepted");

        HttpResponse<String> accepted = heartbeat(id, node, 1);
        HttpResponse<String> replayed = heartbeat(id, node, 1);
        HttpResponse<String> older = heartbeat(id, node, 0);
        HttpResponse<String> next = heartbeat(id, node, 2);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode body = json(accepted);
        assertThat(body.path("containerId").asString()).isEqualTo(id);
        assertThat(body.path("status").asString()).isEqualTo("CHECKING");
        assertThat(body.path("heartbeatIntervalSeconds").asLong()).isEqualTo(1);
        assertThat(replayed.statusCode()).isEqualTo(409);
        assertThat(older.statusCode()).isEqualTo(409);
        assertThat(next.statusCode()).isEqualTo(202);
        assertThat(counted("accepted") - acceptedBefore).isEqualTo(2);
        assertThat(counted("replayed")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_heartbeat_outside_the_time_window_is_a_400_naming_sent_at() {
        String id = register(owner, node);
        long stale = Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond();

        HttpResponse<String> response = send("POST", "/containers/" + id + "/heartbeats",
                HeartbeatRequest.signed(new Heartbeat(id, 1, stale), node), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asString()).isEqualTo("sentAt");
    }

    @Test
    void a_heartbeat_not_signed_by_the_node_key_is_a_401() {
        String id = register(owner, node);

        HttpResponse<String> otherKey = heartbeat(id, newKey(), 1);
        HttpResponse<String> garbage = send("POST", "/containers/" + id + "/heartbeats",
                new HeartbeatRequest(1, Instant.now().getEpochSecond(), "0xdeadbeef"), null);
        HttpResponse<String> otherContainer = send("POST", "/containers/" + id + "/heartbeats",
                HeartbeatRequest.signed(new Heartbeat(UUID.randomUUID().toString(), 1,
                        Instant.now().getEpochSecond()), node), null);

        assertThat(otherKey.statusCode()).isEqualTo(401);
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(otherContainer.statusCode()).isEqualTo(401);
        assertThat(heartbeat(id, node, 1).statusCode()).as("the refused ones used up no sequence").isEqualTo(202);
    }

    @Test
    void a_heartbeat_for_an_unknown_container_is_a_404() {
        String id = UUID.randomUUID().toString();

        assertThat(heartbeat(id, node, 1).statusCode()).isEqualTo(404);
    }

    @Test
    void a_silent_container_goes_offline_and_its_next_heartbeat_brings_it_back() {
        String id = register(owner, node);
        assertThat(heartbeat(id, node, 1).statusCode()).isEqualTo(202);

        assertThat(eventually(() -> "OFFLINE".equals(container(id).path("status").asString()), Duration.ofSeconds(20)))
                .isTrue();
        JsonNode offline = event(id, "ContainerStatusChanged",
                payload -> "HEARTBEATS_MISSED".equals(payload.path("reason").asString())).orElseThrow();
        assertThat(offline.path("previousStatus").asString()).isEqualTo("CHECKING");
        assertThat(offline.path("status").asString()).isEqualTo("OFFLINE");

        HttpResponse<String> back = heartbeat(id, node, 2);

        assertThat(back.statusCode()).isEqualTo(202);
        assertThat(json(back).path("status").asString()).isEqualTo("CHECKING");
        JsonNode resumed = event(id, "ContainerStatusChanged",
                payload -> "HEARTBEAT_RESUMED".equals(payload.path("reason").asString())).orElseThrow();
        assertThat(resumed.path("previousStatus").asString()).isEqualTo("OFFLINE");
        assertThat(resumed.path("status").asString()).isEqualTo("CHECKING");
        assertThat(rows("select count(*) from container_status_change where container_id = ?::uuid", id))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_last_heartbeat_is_flushed_to_the_database_in_the_background() {
        String id = register(owner, node);

        heartbeat(id, node, 41);

        assertThat(eventually(() -> rows("""
                select count(*) from container where id = ?::uuid and last_heartbeat_sequence = 41
                    and last_heartbeat_at is not null""", id) == 1, Duration.ofSeconds(10))).isTrue();
        assertThat(container(id).path("lastHeartbeatAt").isNull()).isFalse();
    }

    @Test
    void a_retired_container_may_send_no_heartbeats() {
        String id = register(owner, node);
        assertThat(send("POST", "/containers/" + id + "/retire", null, wallet(owner)).statusCode()).isEqualTo(200);

        assertThat(heartbeat(id, node, 1).statusCode()).isEqualTo(409);
    }

    private double counted(String outcome) {
        return meters.get("athgrid.registry.heartbeats").tag("outcome", outcome).counter().count();
    }
}
