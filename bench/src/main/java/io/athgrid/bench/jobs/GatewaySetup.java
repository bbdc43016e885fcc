package io.athgrid.bench.jobs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happens before the load, through the gateway as people do it: the operator signs in with
 * Sign-In with Ethereum, registers an enterprise and issues it an API key; then the index is
 * watched until it holds the capacity.
 */
public final class GatewaySetup {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;

    public GatewaySetup(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    /** Signs in with EIP-4361 as the wallet does and returns the session token. */
    public String signIn(Credentials wallet) {
        String nonce = json(get("/api/identity/siwe/nonce", null), 200).path("nonce").asString();
        String message = URI.create(gatewayUrl).getAuthority() + " wants you to sign in with your Ethereum account:\n"
                + Keys.toChecksumAddress(wallet.getAddress()) + "\n\n"
                + "Sign in to athgrid.\n\n"
                + "URI: " + gatewayUrl + "\n"
                + "Version: 1\n"
                + "Chain ID: 421614\n"
                + "Nonce: " + nonce + "\n"
                + "Issued At: " + Instant.now();
        Sign.SignatureData signature = Sign.signPrefixedMessage(message.getBytes(StandardCharsets.UTF_8),
                wallet.getEcKeyPair());
        String body = JSON.createObjectNode()
                .put("message", message)
                .put("signature", "0x" + HexFormat.of().formatHex(signature.getR())
                        + HexFormat.of().formatHex(signature.getS()) + HexFormat.of().formatHex(signature.getV()))
                .toString();
        return json(post("/api/identity/siwe/login", body, null), 200).path("token").asString();
    }

    /** Registers an enterprise as the operator and returns a fresh API key of it. */
    String enterpriseApiKey(String operatorSession, String name) {
        return enterprise(operatorSession, name).apiKey();
    }

    /** Registers an enterprise as the operator: its id and a fresh API key of it. */
    public Enterprise enterprise(String operatorSession, String name) {
        String id = json(post("/api/identity/enterprises", "{\"name\":\"" + name + "\"}", operatorSession), 201)
                .path("id").asString();
        String key = json(post("/api/identity/enterprises/" + id + "/api-keys", "{\"name\":\"bench\"}", operatorSession),
                201).path("key").asString();
        return new Enterprise(id, key);
    }

    public record Enterprise(String id, String apiKey) {
    }

    /** The indexer's counts: how many containers it holds STANDBY, and how many of them are reserved. */
    Capacity capacity(String session) {
        JsonNode counts = json(get("/api/indexer/capacity", session), 200);
        return new Capacity(counts.path("byStatus").path("STANDBY").asLong(0), counts.path("reserved").asLong(0));
    }

    record Capacity(long standby, long reserved) {
    }

    private HttpResponse<String> get(String path, String bearer) {
        return send(request(path, bearer).GET().build());
    }

    private HttpResponse<String> post(String path, String body, String bearer) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(10));
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
