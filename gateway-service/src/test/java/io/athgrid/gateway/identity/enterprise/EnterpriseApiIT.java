package io.athgrid.gateway.identity.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.gateway.AbstractGatewayIT;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class EnterpriseApiIT extends AbstractGatewayIT {

    @Test
    void an_operator_registers_an_enterprise_whose_key_then_authenticates_it() {
        String operator = operatorToken();
        String name = unique("Acme AI");
        String acme = registerEnterprise(operator, name);

        Map<?, ?> issued = issueKey(operator, acme, "production");

        String key = (String) issued.get("key");
        assertThat(key).matches("ath_[0-9A-Za-z]{40}");
        assertThat(issued.get("prefix")).isEqualTo(key.substring(0, 12));
        assertThat(issued.get("name")).isEqualTo("production");
        http.get().uri("/api/identity/me").headers(h -> h.setBearerAuth(key))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(acme)
                .jsonPath("$.kind").isEqualTo("ENTERPRISE");
        http.get().uri("/api/identity/me").header("X-Api-Key", key)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(acme);
        http.get().uri("/api/identity/enterprises").headers(h -> h.setBearerAuth(operator))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + acme + "')].name").isEqualTo(name);
    }

    @Test
    void only_the_hash_of_a_key_is_stored_and_listings_show_prefixes_only() {
        String operator = operatorToken();
        String acme = registerEnterprise(operator, unique("Hashed Co"));
        String key = (String) issueKey(operator, acme, "ci").get("key");

        assertThat(jdbc.sql("select count(*) from gateway.api_key "
                        + "where key_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                .param(key).query(Long.class).single()).isEqualTo(1);
        String stored = jdbc.sql("select concat_ws('|', name, prefix, key_hash) from gateway.api_key "
                        + "where enterprise_id = ?")
                .param(UUID.fromString(acme)).query(String.class).single();
        assertThat(stored).doesNotContain(key);
        String listing = http.get().uri("/api/identity/enterprises/{id}/api-keys", acme)
                .headers(h -> h.setBearerAuth(key))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(listing).contains(key.substring(0, 12)).doesNotContain(key).doesNotContain("hash");
    }

    @Test
    void a_revoked_key_is_refused_on_the_next_call() {
        String operator = operatorToken();
        String acme = registerEnterprise(operator, unique("Revoking Ltd"));
        Map<?, ?> issued = issueKey(operator, acme, "leaked");
        String key = (String) issued.get("key");
        http.get().uri("/api/identity/me").headers(h -> h.setBearerAuth(key)).exchange().expectStatus().isOk();

        http.delete().uri("/api/identity/enterprises/{id}/api-keys/{keyId}", acme, issued.get("id"))
                .headers(h -> h.setBearerAuth(key))
                .exchange()
                .expectStatus().isNoContent();

        http.get().uri("/api/identity/me").headers(h -> h.setBearerAuth(key))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/identity/enterprises/{id}/api-keys", acme).headers(h -> h.setBearerAuth(operator))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].revokedAt").isNotEmpty();
    }

    @Test
    void an_enterprise_manages_its_own_keys_and_never_another_s() {
        String operator = operatorToken();
        String acme = registerEnterprise(operator, unique("Acme"));
        String globex = registerEnterprise(operator, unique("Globex"));
        Map<?, ?> acmeKey = issueKey(operator, acme, "acme-main");
        String globexKey = (String) issueKey(operator, globex, "globex-main").get("key");

        Map<?, ?> own = issueKey(globexKey, globex, "globex-second");
        assertThat((String) own.get("key")).startsWith("ath_");

        http.get().uri("/api/identity/enterprises/{id}/api-keys", acme).headers(h -> h.setBearerAuth(globexKey))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        http.delete().uri("/api/identity/enterprises/{id}/api-keys/{keyId}", acme, acmeKey.get("id"))
                .headers(h -> h.setBearerAuth(globexKey))
                .exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/identity/enterprises/{id}/api-keys", acme).headers(h -> h.setBearerAuth(globexKey))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "sneaky"))
                .exchange()
                .expectStatus().isForbidden();
        // Acme's key id under Globex's own enterprise is still not Globex's key.
        http.delete().uri("/api/identity/enterprises/{id}/api-keys/{keyId}", globex, acmeKey.get("id"))
                .headers(h -> h.setBearerAuth(globexKey))
                .exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/identity/me").headers(h -> h.setBearerAuth((String) acmeKey.get("key")))
                .exchange()
                .expectStatus().isOk();
        http.get().uri("/api/identity/enterprises").headers(h -> h.setBearerAuth(globexKey))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void a_plain_wallet_may_not_use_operator_endpoints() {
        String wallet = walletToken();

        http.post().uri("/api/identity/enterprises").headers(h -> h.setBearerAuth(wallet))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", unique("Wallet Corp")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Only platform operators may do this");
        http.get().uri("/api/identity/enterprises").headers(h -> h.setBearerAuth(wallet))
                .exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/identity/enterprises/{id}/api-keys", UUID.randomUUID())
                .headers(h -> h.setBearerAuth(wallet))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void unknown_enterprises_and_keys_are_not_found() {
        String operator = operatorToken();
        String acme = registerEnterprise(operator, unique("Findable"));

        http.get().uri("/api/identity/enterprises/{id}/api-keys", UUID.randomUUID())
                .headers(h -> h.setBearerAuth(operator))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.delete().uri("/api/identity/enterprises/{id}/api-keys/{keyId}", acme, UUID.randomUUID())
                .headers(h -> h.setBearerAuth(operator))
                .exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/identity/enterprises/not-a-uuid/api-keys")
                .headers(h -> h.setBearerAuth(operator))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_second_enterprise_of_the_same_name_is_a_conflict() {
        String operator = operatorToken();
        String name = unique("Twin");
        registerEnterprise(operator, name);

        http.post().uri("/api/identity/enterprises").headers(h -> h.setBearerAuth(operator))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", name))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void invalid_bodies_are_refused_with_the_field_errors_and_nothing_is_written() {
        String operator = operatorToken();
        String acme = registerEnterprise(operator, unique("Valid"));
        long enterprises = count("gateway.enterprise");
        long keys = count("gateway.api_key");
        long events = count("gateway.outbox_event");

        for (Object invalid : List.of(Map.of("name", ""), Map.of("name", "   "), Map.of("name", "x".repeat(101)),
                Map.of("name", "line\nbreak"), Map.of())) {
            http.post().uri("/api/identity/enterprises").headers(h -> h.setBearerAuth(operator))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(invalid)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("name")
                    .jsonPath("$.requestId").isNotEmpty();
            http.post().uri("/api/identity/enterprises/{id}/api-keys", acme).headers(h -> h.setBearerAuth(operator))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(invalid)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        }
        http.post().uri("/api/identity/enterprises").headers(h -> h.setBearerAuth(operator))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(count("gateway.enterprise")).isEqualTo(enterprises);
        assertThat(count("gateway.api_key")).isEqualTo(keys);
        assertThat(count("gateway.outbox_event")).isEqualTo(events);
    }

    @Test
    void registering_issuing_and_revoking_are_announced_through_the_outbox_with_the_request_id() {
        String operator = operatorToken();
        String name = unique("Announced");
        String acme = http.post().uri("/api/identity/enterprises").headers(h -> h.setBearerAuth(operator))
                .header("X-Request-Id", "it-outbox-registration")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", name))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        Map<?, ?> issued = issueKey(operator, acme, "announced");
        for (int twice = 0; twice < 2; twice++) {
            http.delete().uri("/api/identity/enterprises/{id}/api-keys/{keyId}", acme, issued.get("id"))
                    .headers(h -> h.setBearerAuth(operator))
                    .exchange()
                    .expectStatus().isNoContent();
        }

        List<Map<String, Object>> events = jdbc.sql("""
                        select event_type, topic, trace_id, envelope from gateway.outbox_event
                        where event_key = ? order by id""")
                .param(acme).query().listOfRows();
        assertThat(events).extracting(row -> row.get("event_type"))
                .containsExactly("EnterpriseRegistered", "ApiKeyIssued", "ApiKeyRevoked");
        assertThat(events).extracting(row -> row.get("topic")).containsOnly("athgrid.identity");
        assertThat(events.get(0).get("trace_id")).isEqualTo("it-outbox-registration");
        assertThat((String) events.get(0).get("envelope")).contains(name);
        assertThat((String) events.get(1).get("envelope"))
                .contains((String) issued.get("prefix"))
                .doesNotContain((String) issued.get("key"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
