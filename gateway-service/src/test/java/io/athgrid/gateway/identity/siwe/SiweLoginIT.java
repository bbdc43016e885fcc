package io.athgrid.gateway.identity.siwe;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.gateway.AbstractGatewayIT;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SiweLoginIT extends AbstractGatewayIT {

    @Test
    void a_wallet_gets_a_nonce_signs_in_and_is_known_to_the_gateway() {
        Map<?, ?> nonce = http.get().uri("/api/identity/siwe/nonce").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((String) nonce.get("nonce")).matches("[A-Za-z0-9]{16,}");
        assertThat(Instant.parse((String) nonce.get("expiresAt"))).isAfter(Instant.now().plusSeconds(240));
        assertThat(nonce.get("chainIds")).asList().as("the accepted chains, for the wallet to switch to")
                .containsExactly(42161, 421614);

        String message = SiweFixture.message().nonce((String) nonce.get("nonce"))
                .issuedAt(Instant.now()).text();
        Map<?, ?> session = wallets.login(message, SiweFixture.sign(message, SiweFixture.ANVIL_KEY_0))
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(session.get("address")).isEqualTo(SiweFixture.ANVIL_ADDRESS_0.toLowerCase());
        assertThat(session.get("roles")).asList().isEmpty();
        assertThat(Instant.parse((String) session.get("expiresAt"))).isBefore(Instant.now().plusSeconds(15 * 60 + 5));
        http.get().uri("/api/identity/me").headers(h -> h.setBearerAuth((String) session.get("token")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(SiweFixture.ANVIL_ADDRESS_0.toLowerCase())
                .jsonPath("$.kind").isEqualTo("WALLET")
                .jsonPath("$.roles").isEmpty();
    }

    @Test
    void a_configured_operator_wallet_signs_in_with_the_operator_role() {
        http.get().uri("/api/identity/me").headers(h -> h.setBearerAuth(operatorToken()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(SiweFixture.ANVIL_ADDRESS_1.toLowerCase())
                .jsonPath("$.roles[0]").isEqualTo("OPERATOR");
    }

    @Test
    void a_replayed_sign_in_is_refused() {
        String message = wallets.freshMessage(SiweFixture.ANVIL_ADDRESS_0).text();
        String signature = SiweFixture.sign(message, SiweFixture.ANVIL_KEY_0);
        wallets.login(message, signature).expectStatus().isOk();

        wallets.login(message, signature)
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("nonce"));
    }

    @Test
    void a_nonce_the_gateway_never_issued_is_refused() {
        String message = SiweFixture.message().nonce("madeUpNonce12345678").issuedAt(Instant.now()).text();

        wallets.login(message, SiweFixture.sign(message, SiweFixture.ANVIL_KEY_0)).expectStatus().isUnauthorized();
    }

    @Test
    void a_message_for_another_domain_is_refused_and_leaves_the_nonce_usable() {
        SiweFixture fixture = wallets.freshMessage(SiweFixture.ANVIL_ADDRESS_0);
        String phished = fixture.domain("evil.example").text();
        wallets.login(phished, SiweFixture.sign(phished, SiweFixture.ANVIL_KEY_0))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("domain"));

        String genuine = fixture.domain("localhost:8080").text();
        wallets.login(genuine, SiweFixture.sign(genuine, SiweFixture.ANVIL_KEY_0)).expectStatus().isOk();
    }

    @Test
    void a_message_for_another_chain_is_refused() {
        String message = wallets.freshMessage(SiweFixture.ANVIL_ADDRESS_0).chainId(1).text();

        wallets.login(message, SiweFixture.sign(message, SiweFixture.ANVIL_KEY_0)).expectStatus().isUnauthorized();
    }

    @Test
    void an_expired_message_is_refused() {
        String message = wallets.freshMessage(SiweFixture.ANVIL_ADDRESS_0)
                .expirationTime(Instant.now().minusSeconds(1)).text();

        wallets.login(message, SiweFixture.sign(message, SiweFixture.ANVIL_KEY_0)).expectStatus().isUnauthorized();
    }

    @Test
    void a_tampered_message_is_refused() {
        String message = wallets.freshMessage(SiweFixture.ANVIL_ADDRESS_0).text();
        String signature = SiweFixture.sign(message, SiweFixture.ANVIL_KEY_0);

        wallets.login(message.replace("Sign in to athgrid.", "Sign in to athgrid as admin."), signature)
                .expectStatus().isUnauthorized();
    }

    @Test
    void a_wallet_cannot_sign_in_as_another() {
        String message = wallets.freshMessage(SiweFixture.ANVIL_ADDRESS_1).text();

        wallets.login(message, SiweFixture.sign(message, SiweFixture.ANVIL_KEY_0))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("signature"));
    }

    @Test
    void a_text_that_is_no_sign_in_message_is_bad_input() {
        wallets.login("let me in", "0x" + "ab".repeat(65))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("message");
    }

    @Test
    void a_login_body_without_a_well_formed_signature_is_bad_input() {
        wallets.login(wallets.freshMessage(SiweFixture.ANVIL_ADDRESS_0).text(), "0x1234")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("signature");
    }

    @Test
    void an_expired_or_forged_session_token_is_refused() {
        String token = walletToken();
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        http.get().uri("/api/identity/me").headers(h -> h.setBearerAuth(forged))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
