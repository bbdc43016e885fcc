package io.athgrid.registry.registration;

import static io.athgrid.registry.registration.RegistrationFixture.address;
import static io.athgrid.registry.registration.RegistrationFixture.newFingerprint;
import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static io.athgrid.registry.registration.RegistrationFixture.registration;
import static io.athgrid.registry.registration.RegistrationFixture.signed;
import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.registry.RegistryIT;
import io.athgrid.support.identity.Caller;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import tools.jackson.databind.JsonNode;

class RegistrationIT extends RegistryIT {

    private final ECKeyPair owner = newKey();
    private final ECKeyPair node = newKey();

    @Test
    void a_signed_registration_creates_a_checking_container_and_announces_it() {
        String fingerprint = newFingerprint();
        ContainerRegistration registration = registration(owner, node, fingerprint, Instant.now());

        HttpResponse<String> response = send("POST", "/containers", signed(registration, owner, node), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode view = json(response);
        String id = view.path("containerId").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/registry/containers/" + id);
        assertThat(view.path("owner").asString()).isEqualTo(address(owner));
        assertThat(view.path("nodeKey").asString()).isEqualTo(address(node));
        assertThat(view.path("fingerprint").asString()).isEqualTo(fingerprint);
        assertThat(view.path("status").asString()).isEqualTo("CHECKING");
        assertThat(view.path("specs").path("gpuModel").asString()).isEqualTo("H100_SXM");
        assertThat(view.path("specs").path("services").get(1).asString()).isEqualTo("game-streaming");
        assertThat(view.path("heartbeatIntervalSeconds").asLong()).isEqualTo(1);
        // 1,000 ATH per H100 x 8 GPUs x SC 1.0
        assertThat(view.path("stakeRequirement").path("amountWei").asString()).isEqualTo("8000000000000000000000");
        assertThat(view.path("stakeRequirement").path("kValueWei").asString()).isEqualTo("1000000000000000000000");
        assertThat(view.path("stakeRequirement").path("month").asString()).matches("\\d{4}-\\d{2}");

        JsonNode event = event(id, "ContainerRegistered", payload -> true).orElseThrow();
        assertThat(event.path("owner").asString()).isEqualTo(address(owner));
        assertThat(event.path("fingerprint").asString()).isEqualTo(fingerprint);
        assertThat(event.path("status").asString()).isEqualTo("CHECKING");
        assertThat(event.path("stakeRequirementWei").asString()).isEqualTo("8000000000000000000000");
        assertThat(event.path("specs").path("gpuCount").asInt()).isEqualTo(8);
        assertThat(event.path("priceUsdPerGpuHour").decimalValue()).isEqualByComparingTo("2.49");
        assertThat(rows("select count(*) from container_status_change where container_id = ?::uuid and status = 'CHECKING'",
                id)).isEqualTo(1);
    }

    @Test
    void the_owner_may_register_through_the_gateway_but_nobody_else_may() {
        RegisterContainerRequest request = signed(registration(owner, node, newFingerprint(), Instant.now()), owner,
                node);

        HttpResponse<String> stranger = send("POST", "/containers", request, Caller.wallet(address(newKey())));
        HttpResponse<String> own = send("POST", "/containers", request, Caller.wallet(address(owner)));

        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).isEqualTo(201);
    }

    @Test
    void a_registration_signed_by_someone_else_is_refused_and_writes_nothing() {
        String fingerprint = newFingerprint();
        ContainerRegistration registration = registration(owner, node, fingerprint, Instant.now());

        HttpResponse<String> wrongOwner = send("POST", "/containers", signed(registration, newKey(), node), null);
        HttpResponse<String> wrongNode = send("POST", "/containers", signed(registration, owner, newKey()), null);
        HttpResponse<String> garbage = send("POST", "/containers",
                new RegisterContainerRequest(registration, "0x1234", signed(registration, owner, node).nodeSignature()),
                null);

        assertThat(wrongOwner.statusCode()).isEqualTo(401);
        assertThat(wrongOwner.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(wrongNode.statusCode()).isEqualTo(401);
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(fields(garbage)).containsExactly("ownerSignature");
        assertNothingWritten(fingerprint);
    }

    @Test
    void a_stale_or_malformed_registration_is_refused_and_writes_nothing() {
        String fingerprint = newFingerprint();
        ContainerRegistration stale = registration(owner, node, fingerprint, Instant.now().minus(Duration.ofHours(2)));
        ContainerRegistration valid = registration(owner, node, fingerprint, Instant.now());
        ContainerRegistration malformed = new ContainerRegistration(valid.owner(), fingerprint, valid.nodeKey(),
                "H100_SXM", 32, 80, 64, 512, 4000, 10_000, List.of("vllm", "vllm"), "eu-west",
                valid.latitude(), valid.longitude(), "not a url", new BigDecimal("2.4999999"), valid.issuedAt());

        HttpResponse<String> staleResponse = send("POST", "/containers", signed(stale, owner, node), null);
        HttpResponse<String> malformedResponse = send("POST", "/containers", signed(malformed, owner, node), null);

        assertThat(staleResponse.statusCode()).isEqualTo(400);
        assertThat(fields(staleResponse)).containsExactly("registration.issuedAt");
        assertThat(malformedResponse.statusCode()).isEqualTo(400);
        assertThat(fields(malformedResponse)).containsExactlyInAnyOrder("registration.gpuCount",
                "registration.services", "registration.endpoint", "registration.priceUsdPerGpuHour");
        assertNothingWritten(fingerprint);
    }

    @Test
    void a_fingerprint_already_registered_cannot_be_claimed_by_another_owner() {
        String fingerprint = newFingerprint();
        send("POST", "/containers", signed(registration(owner, node, fingerprint, Instant.now()), owner, node), null);
        ECKeyPair thief = newKey();
        ECKeyPair thiefNode = newKey();

        HttpResponse<String> response = send("POST", "/containers",
                signed(registration(thief, thiefNode, fingerprint, Instant.now()), thief, thiefNode), null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).path("detail").asString()).contains("fingerprint");
        assertThat(rows("select count(*) from container where fingerprint = ?", fingerprint)).isEqualTo(1);
        assertThat(rows("select count(*) from container where owner = ?", address(thief))).isZero();
        assertThat(rows("select count(*) from outbox_event where envelope like ?", "%" + fingerprint + "%"))
                .isEqualTo(1);
    }

    @Test
    void a_node_key_serves_one_live_container() {
        send("POST", "/containers", signed(registration(owner, node, newFingerprint(), Instant.now()), owner, node),
                null);

        HttpResponse<String> response = send("POST", "/containers",
                signed(registration(owner, node, newFingerprint(), Instant.now()), owner, node), null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).path("detail").asString()).contains("node key");
    }

    @Test
    void of_concurrent_registrations_of_one_fingerprint_exactly_one_succeeds() {
        String fingerprint = newFingerprint();
        List<CompletableFuture<Integer>> attempts = List.of(newKey(), newKey(), newKey(), newKey()).stream()
                .map(nodeKey -> signed(registration(owner, nodeKey, fingerprint, Instant.now()), owner, nodeKey))
                .map(request -> CompletableFuture.supplyAsync(
                        () -> send("POST", "/containers", request, null).statusCode()))
                .toList();

        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(rows("select count(*) from container where fingerprint = ?", fingerprint)).isEqualTo(1);
    }

    @Test
    void listing_containers_needs_the_gateway_token_although_registering_does_not() {
        HttpResponse<String> response = send("GET", "/containers", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("status").asInt()).isEqualTo(401);
    }

    private void assertNothingWritten(String fingerprint) {
        assertThat(rows("select count(*) from container where fingerprint = ?", fingerprint)).isZero();
        assertThat(rows("select count(*) from outbox_event where envelope like ?", "%" + fingerprint + "%")).isZero();
    }

    private static List<String> fields(HttpResponse<String> response) {
        return json(response).path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }
}
