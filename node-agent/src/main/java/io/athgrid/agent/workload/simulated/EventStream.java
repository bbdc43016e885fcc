package io.athgrid.agent.workload.simulated;

import com.sun.net.httpserver.HttpExchange;
import io.athgrid.agent.registry.AgentJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * A server-sent event stream as the OpenAI API writes it: {@code data: <json>\n\n} per chunk,
 * {@code data: [DONE]\n\n} at the end. Each event is flushed as one HTTP chunk at once, so a
 * proxy sees every token when it is generated.
 */
final class EventStream {

    private final OutputStream out;

    private EventStream(OutputStream out) {
        this.out = out;
    }

    /** Sends the headers at once (status 200, chunked), before the first token is ready. */
    static EventStream open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        return new EventStream(exchange.getResponseBody());
    }

    void send(JsonNode chunk) throws IOException {
        write("data: " + AgentJson.MAPPER.writeValueAsString(chunk) + "\n\n");
    }

    void done() throws IOException {
        write("data: [DONE]\n\n");
        out.close();
    }

    private void write(String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
