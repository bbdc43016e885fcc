package io.athgrid.agent.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How the JDK stand-ins of platform services answer: JSON, or problem+json as the services do. */
public final class ExchangeAnswers {

    private ExchangeAnswers() {
    }

    public static void problem(HttpExchange exchange, int status, String detail) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        send(exchange, status, "{\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    public static void json(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, status, body);
    }

    public static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
