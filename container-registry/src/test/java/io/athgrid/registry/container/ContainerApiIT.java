package io.athgrid.registry.container;

import static io.athgrid.registry.registration.RegistrationFixture.address;
import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.registry.RegistryIT;
import io.athgrid.support.identity.Caller;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

class ContainerApiIT extends RegistryIT {

    private static final Caller OPERATOR = Caller.operator("0x" + "f".repeat(40));

    private final ECKeyPair alice = newKey();
    private final ECKeyPair bob = newKey();

    @Test
    void a_provider_lists_only_its_own_containers_and_an_operator_lists_anyones() {
        String alicesFirst = register(alice, newKey());
        String alicesSecond = register(alice, newKey());
        String bobs = register(bob, newKey());

        JsonNode own = json(send("GET", "/containers", null, wallet(alice)));
        JsonNode paged = json(send("GET", "/containers?size=1&page=1", null, wallet(alice)));
        JsonNode operatorView = json(send("GET", "/containers?owner=" + address(bob), null, OPERATOR));

        assertThat(ids(own)).containsExactly(alicesFirst, alicesSecond);
        assertThat(own.path("total").asLong()).isEqualTo(2);
        assertThat(own.path("size").asInt()).isEqualTo(50);
        assertThat(ids(paged)).containsExactly(alicesSecond);
        assertThat(ids(operatorView)).containsExactly(bobs);
        assertThat(json(send("GET", "/containers?owner=" + address(bob), null, wallet(alice))).path("total").asLong())
                .as("a provider's owner filter cannot reach another provider").isEqualTo(2);
    }

    @Test
    void listing_validates_its_paging_and_status_filter() {
        assertThat(send("GET", "/containers?size=501", null, wallet(alice)).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/containers?status=SLEEPING", null, wallet(alice)).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/containers?status=RETIRED", null, wallet(alice)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_provider_cannot_read_change_or_retire_another_providers_container() {
        String bobs = register(bob, newKey());
        Map<String, Object> newPrice = Map.of("priceUsdPerGpuHour", 1.5);

        assertThat(send("GET", "/containers/" + bobs, null, wallet(alice)).statusCode()).isEqualTo(403);
        assertThat(send("PATCH", "/containers/" + bobs, newPrice, wallet(alice)).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/containers/" + bobs + "/retire", null, wallet(alice)).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/containers/" + bobs + "/history", null, wallet(alice)).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/containers/" + bobs + "/uptime", null, wallet(alice)).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/containers/" + bobs, null, wallet(bob)).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/containers/" + bobs, null, OPERATOR).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/containers/" + UUID.randomUUID(), null, wallet(bob)).statusCode()).isEqualTo(404);
    }

    @Test
    void an_owner_changes_price_and_services_and_consumers_get_the_whole_offer() {
        String id = register(alice, newKey());

        HttpResponse<String> response = send("PATCH", "/containers/" + id,
                Map.of("priceUsdPerGpuHour", 3.25, "services", List.of("vllm", "comfyui")), wallet(alice));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("priceUsdPerGpuHour").decimalValue()).isEqualByComparingTo("3.25");
        JsonNode event = event(id, "ContainerSpecsUpdated", payload -> true).orElseThrow();
        assertThat(event.path("priceUsdPerGpuHour").decimalValue()).isEqualByComparingTo("3.25");
        assertThat(event.path("specs").path("services").get(1).asString()).isEqualTo("comfyui");
        assertThat(event.path("specs").path("gpuModel").asString()).isEqualTo("H100_SXM");
    }

    @Test
    void an_invalid_offer_change_is_a_400_and_changes_nothing() {
        String id = register(alice, newKey());

        HttpResponse<String> response = send("PATCH", "/containers/" + id,
                Map.of("priceUsdPerGpuHour", 1001, "services", List.of("Bad Name")), wallet(alice));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors")).hasSize(2);
        assertThat(container(id).path("priceUsdPerGpuHour").decimalValue()).isEqualByComparingTo("2.49");
        assertThat(rows("select count(*) from outbox_event where event_key = ? and event_type = 'ContainerSpecsUpdated'",
                id)).isZero();
    }

    @Test
    void a_container_without_stake_retires_at_once_and_its_history_shows_why() {
        String id = register(alice, newKey());

        HttpResponse<String> response = send("POST", "/containers/" + id + "/retire", null, wallet(alice));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asString()).isEqualTo("RETIRED");
        JsonNode history = json(send("GET", "/containers/" + id + "/history", null, wallet(alice)));
        assertThat(history.get(history.size() - 1).path("reason").asString()).isEqualTo("RETIRE_REQUESTED");
        assertThat(history.get(0).path("reason").asString()).isEqualTo("REGISTERED");
    }

    @Test
    void uptime_lists_the_days_of_the_month_so_far() {
        String id = register(alice, newKey());

        JsonNode uptime = json(send("GET", "/containers/" + id + "/uptime", null, wallet(alice)));

        assertThat(uptime.path("days")).hasSize(1);
        assertThat(uptime.path("uptimePercent").decimalValue()).isNotNull();
        assertThat(send("GET", "/containers/" + id + "/uptime?month=2026-13", null, wallet(alice)).statusCode())
                .isEqualTo(400);
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("containerId").asString()).toList();
    }
}
