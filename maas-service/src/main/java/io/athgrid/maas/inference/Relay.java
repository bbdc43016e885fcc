package io.athgrid.maas.inference;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passes an engine's answer to the caller: a stream event by event, flushed the moment it arrives,
 * anything else whole. It reads the token usage on the way; the usage-only chunk the platform asked
 * the engine for is passed on only when the caller asked for it too. An engine's error answer (4xx or
 * 5xx, OpenAI-shaped) is passed on as it is and carries no usage.
 */
final class Relay {

    private static final byte[] NEWLINE = {'\n'};

    private final JsonMapper json;

    Relay(JsonMapper json) {
        this.json = json;
    }

    /** The usage to bill, if the engine answered successfully and counted it. */
    Optional<TokenUsage> relay(HttpResponse<InputStream> answer, HttpServletResponse response, boolean usageWanted)
            throws IOException {
        String type = answer.headers().firstValue("Content-Type").orElse("application/json");
        response.setStatus(answer.statusCode());
        response.setContentType(type);
        try (InputStream body = answer.body()) {
            if (answer.statusCode() >= 300) {
                body.transferTo(response.getOutputStream());
                return Optional.empty();
            }
            if (type.startsWith("text/event-stream")) {
                return stream(body, response, usageWanted);
            }
            byte[] whole = body.readAllBytes();
            response.getOutputStream().write(whole);
            return TokenUsage.of(json.readTree(whole));
        }
    }

    private Optional<TokenUsage> stream(InputStream body, HttpServletResponse response, boolean usageWanted)
            throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        OutputStream out = response.getOutputStream();
        response.flushBuffer();
        Optional<TokenUsage> usage = Optional.empty();
        try (ServerSentEvents events = new ServerSentEvents(body)) {
            List<String> event;
            while ((event = events.next()) != null) {
                String data = ServerSentEvents.data(event);
                boolean usageOnly = false;
                // Only the chunks that mention usage are parsed: the rest pass through untouched.
                if (data != null && data.contains("\"usage\"")) {
                    JsonNode chunk = json.readTree(data);
                    Optional<TokenUsage> counted = TokenUsage.of(chunk);
                    if (counted.isPresent()) {
                        usage = counted;
                        usageOnly = chunk.path("choices").isArray() && chunk.path("choices").isEmpty();
                    }
                }
                if (usageOnly && !usageWanted) {
                    continue;
                }
                for (String line : event) {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                    out.write(NEWLINE);
                }
                out.write(NEWLINE);
                out.flush();
            }
        }
        return usage;
    }
}
