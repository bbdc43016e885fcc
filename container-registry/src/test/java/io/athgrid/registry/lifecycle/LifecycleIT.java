package io.athgrid.registry.lifecycle;

import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.registry.RegistryIT;
import io.athgrid.support.identity.Caller;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

class LifecycleIT extends RegistryIT {

    private static final Caller OPERATOR = Caller.operator("0x" + "e".repeat(40));

    private final ECKeyPair owner = newKey();
    private final ECKeyPair node = newKey();
    private final AtomicLong sequence = new AtomicLong();

    @Test
    void operators_move_a_container_through_its_lifecycle_and_each_step_is_announced() {
        String id = register(owner, node);

        assertThat(transition(id, "CAPACITY_VERIFIED").path("status").asString()).isEqualTo("WAITING_FOR_STAKE");
        assertThat(transition(id, "STAKE_SUFFICIENT").path("status").asString()).isEqualTo("STANDBY");
        assertThat(transition(id, "LEASE_STARTED").path("status").asString()).isEqualTo("SERVING");

        JsonNode event = event(id, "ContainerStatusChanged",
                payload -> "LEASE_STARTED".equals(payload.path("reason").asString())).orElseThrow();
        assertThat(event.path("previousStatus").asString()).isEqualTo("STANDBY");
        assertThat(event.path("status").asString()).isEqualTo("SERVING");
        JsonNode history = json(send("GET", "/containers/" + id + "/history", null, wallet(owner)));
        assertThat(history.valueStream().map(change -> change.path("status").asString()).toList())
                .containsExactly("CHECKING", "WAITING_FOR_STAKE", "STANDBY", "SERVING");
    }

    @Test
    void an_illegal_transition_is_a_409_naming_state_and_trigger_and_changes_nothing() {
        String id = register(owner, node);
        alive(id);

        HttpResponse<String> response = send("POST", "/containers/" + id + "/transitions",
                Map.of("trigger", "UNBONDING_COMPLETED"), OPERATOR);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).path("containerStatus").asString()).isEqualTo("CHECKING");
        assertThat(json(response).path("trigger").asString()).isEqualTo("UNBONDING_COMPLETED");
        assertThat(rows("select count(*) from container_status_change where container_id = ?::uuid", id))
                .isEqualTo(1);
    }

    @Test
    void a_serving_container_cannot_be_retired_but_a_staked_idle_one_dissolves() {
        String id = register(owner, node);
        transition(id, "CAPACITY_VERIFIED");
        transition(id, "STAKE_SUFFICIENT");
        transition(id, "LEASE_STARTED");
        alive(id);

        HttpResponse<String> whileServing = send("POST", "/containers/" + id + "/retire", null, wallet(owner));
        transition(id, "LEASE_ENDED");
        alive(id);
        HttpResponse<String> whileIdle = send("POST", "/containers/" + id + "/retire", null, wallet(owner));

        assertThat(whileServing.statusCode()).isEqualTo(409);
        assertThat(whileIdle.statusCode()).isEqualTo(200);
        assertThat(json(whileIdle).path("status").asString()).isEqualTo("DISSOLVING");
        assertThat(json(whileIdle).path("unbondsAt").isNull()).isFalse();
    }

    @Test
    void only_operators_may_apply_triggers_and_only_known_ones() {
        String id = register(owner, node);

        assertThat(send("POST", "/containers/" + id + "/transitions", Map.of("trigger", "CAPACITY_VERIFIED"),
                wallet(owner)).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/containers/" + id + "/transitions", Map.of("trigger", "TELEPORTED"), OPERATOR)
                .statusCode()).isEqualTo(400);
        assertThat(send("POST", "/containers/" + id + "/transitions", Map.of(), OPERATOR).statusCode())
                .isEqualTo(400);
    }

    /** Applies a trigger right after a heartbeat, so the container is not OFFLINE in between. */
    private JsonNode transition(String id, String trigger) {
        alive(id);
        HttpResponse<String> response = send("POST", "/containers/" + id + "/transitions",
                Map.of("trigger", trigger, "reason", "test"), OPERATOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private void alive(String id) {
        assertThat(heartbeat(id, node, sequence.incrementAndGet()).statusCode()).isEqualTo(202);
    }
}
