package io.athgrid.events;

import java.util.Objects;

/** What a consumer needs to know about an event type: its name, version, topic and record class. */
public record EventDescriptor(String type, int version, String topic, Class<? extends PlatformEvent> payloadClass) {

    public EventDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadClass, "payloadClass");
        if (!payloadClass.isRecord()) {
            throw new IllegalArgumentException(payloadClass + " must be a record");
        }
    }
}
