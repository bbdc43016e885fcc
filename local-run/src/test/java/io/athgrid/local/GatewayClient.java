package io.athgrid.local;

import io.athgrid.support.testing.ServiceHttp;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import tools.jackson.databind.json.JsonMapper;

/** A client of the platform as the outside world sees it: only the gateway's URL. */
final class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ServiceHttp http;
    private final String gatewayUrl;

    GatewayClient(String gatewayUrl) {
        this.http = new ServiceHttp(gatewayUrl);
        this.gatewayUrl = gatewayUrl;
    }

    HttpResponse<String> get(String path, String... headers) {
        return http.get(path, headers);
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        return http.post(path, body, headers);
    }

    HttpResponse<String> delete(String path, String... headers) {
        return http.delete(path, headers);
    }

    /** Signs in with EIP-4361 the way a wallet does and returns the session token. */
    String signIn(String privateKey) {
        Credentials wallet = Credentials.create(privateKey);
        String nonce = ServiceHttp.json(get("/api/identity/siwe/nonce")).path("nonce").asString();
        String host = URI.create(gatewayUrl).getAuthority();
        String message = host + " wants you to sign in with your Ethereum account:\n"
                + org.web3j.crypto.Keys.toChecksumAddress(wallet.getAddress()) + "\n\n"
                + "Sign in to athgrid.\n\n"
                + "URI: " + gatewayUrl + "\n"
                + "Version: 1\n"
                + "Chain ID: 421614\n"
                + "Nonce: " + nonce + "\n"
                + "Issued At: " + Instant.now();
        String body = JSON.createObjectNode()
                .put("message", message)
                .put("signature", personalSign(message, wallet))
                .toString();
        HttpResponse<String> login = post("/api/identity/siwe/login", body);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in refused: " + login.body());
        }
        return ServiceHttp.json(login).path("token").asString();
    }

    private static String personalSign(String message, Credentials wallet) {
        Sign.SignatureData signature =
                Sign.signPrefixedMessage(message.getBytes(StandardCharsets.UTF_8), wallet.getEcKeyPair());
        return "0x" + HexFormat.of().formatHex(signature.getR()) + HexFormat.of().formatHex(signature.getS())
                + HexFormat.of().formatHex(signature.getV());
    }
}
