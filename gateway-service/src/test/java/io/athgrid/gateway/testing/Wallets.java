package io.athgrid.gateway.testing;

import io.athgrid.gateway.identity.siwe.SiweFixture;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Signs wallets in through the real endpoints, as a dashboard would. */
public final class Wallets {

    private final WebTestClient http;

    public Wallets(WebTestClient http) {
        this.http = http;
    }

    /** A message for this gateway (default test settings) with a fresh nonce, issued now. */
    public SiweFixture freshMessage(String address) {
        return SiweFixture.message().address(address).nonce(nonce())
                .issuedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public String nonce() {
        Map<?, ?> body = http.get().uri("/api/identity/siwe/nonce").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("nonce");
    }

    public WebTestClient.ResponseSpec login(String message, String signature) {
        return http.post().uri("/api/identity/siwe/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("message", message, "signature", signature))
                .exchange();
    }

    /** Signs in and returns the session token. */
    public String signIn(String privateKey, String address) {
        String message = freshMessage(address).text();
        Map<?, ?> body = login(message, SiweFixture.sign(message, privateKey))
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("token");
    }
}
