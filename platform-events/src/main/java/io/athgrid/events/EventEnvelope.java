package io.athgrid.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The v1 envelope every event travels in. {@code type} and {@code version} name the payload's
 * contract; {@code key} is the partition key; {@code traceId} follows the request that caused it.
 */
public record EventEnvelope<P extends PlatformEvent>(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String key,
        String traceId,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** Wraps a payload with a fresh event id, taking type and version from the catalog. */
    public static <P extends PlatformEvent> EventEnvelope<P> wrap(
            P payload, Instant occurredAt, String traceId, EventCatalog catalog) {
        EventDescriptor descriptor = catalog.describe(payload.getClass());
        return new EventEnvelope<>(UUID.randomUUID(), descriptor.type(), descriptor.version(),
                occurredAt, payload.partitionKey(), traceId, payload);
    }
}
