package io.athgrid.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes envelopes as JSON. Unknown fields are ignored and unknown event types are
 * skipped, so producers may add fields and event types without breaking consumers.
 */
public final class EventJson {

    private final EventCatalog catalog;
    private final JsonMapper mapper;

    public EventJson(EventCatalog catalog) {
        this.catalog = catalog;
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public String write(EventEnvelope<?> envelope) {
        return mapper.writeValueAsString(envelope);
    }

    /** The envelope with a typed payload, or empty when this catalog does not know the type. */
    public Optional<EventEnvelope<PlatformEvent>> read(String json) {
        JsonNode tree = mapper.readTree(json);
        String type = text(tree, "type");
        int version = tree.path("version").asInt();
        return catalog.find(type, version).map(descriptor -> new EventEnvelope<>(
                UUID.fromString(text(tree, "eventId")),
                type,
                version,
                Instant.parse(text(tree, "occurredAt")),
                text(tree, "key"),
                text(tree, "traceId"),
                mapper.treeToValue(tree.get("payload"), descriptor.payloadClass())));
    }

    public Optional<EventEnvelope<PlatformEvent>> read(byte[] json) {
        return read(new String(json, StandardCharsets.UTF_8));
    }

    /** The event id of any envelope, known type or not. */
    public UUID eventId(String json) {
        return UUID.fromString(text(mapper.readTree(json), "eventId"));
    }

    private static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("event envelope lacks " + field);
        }
        return node.asString();
    }
}
