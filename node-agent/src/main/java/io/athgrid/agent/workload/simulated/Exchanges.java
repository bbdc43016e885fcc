package io.athgrid.agent.workload.simulated;

import com.sun.net.httpserver.HttpExchange;
import io.athgrid.agent.registry.AgentJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.databind.JsonNode;

/** Reading bodies and writing whole answers on the JDK HTTP server. */
final class Exchanges {

    static final String JSON = "application/json";

    private Exchanges() {
    }

    /** The request body, refused with 413 when it is longer than {@code limit} bytes. */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > limit) {
            throw OpenAiError.bodyTooLarge(limit);
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw OpenAiError.bodyTooLarge(limit);
            }
            return body;
        }
    }

    static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = AgentJson.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", JSON);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An answer without a body (health checks, HEAD). */
    static void sendEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
