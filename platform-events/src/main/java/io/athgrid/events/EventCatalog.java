package io.athgrid.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks event types up by record class or by (type, version). */
public final class EventCatalog {

    private final List<EventDescriptor> descriptors;
    private final Map<Class<?>, EventDescriptor> byClass = new HashMap<>();
    private final Map<String, EventDescriptor> byTypeAndVersion = new HashMap<>();

    public EventCatalog(List<EventDescriptor> descriptors) {
        this.descriptors = List.copyOf(descriptors);
        for (EventDescriptor d : descriptors) {
            if (byClass.put(d.payloadClass(), d) != null) {
                throw new IllegalArgumentException("duplicate event class " + d.payloadClass());
            }
            if (byTypeAndVersion.put(d.type() + "/" + d.version(), d) != null) {
                throw new IllegalArgumentException("duplicate event type " + d.type() + " v" + d.version());
            }
        }
    }

    public EventDescriptor describe(Class<?> payloadClass) {
        EventDescriptor descriptor = byClass.get(payloadClass);
        if (descriptor == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not in the event catalog");
        }
        return descriptor;
    }

    public Optional<EventDescriptor> find(String type, int version) {
        return Optional.ofNullable(byTypeAndVersion.get(type + "/" + version));
    }

    public List<EventDescriptor> descriptors() {
        return descriptors;
    }

    public EventCatalog with(List<EventDescriptor> more) {
        List<EventDescriptor> all = new ArrayList<>(descriptors);
        all.addAll(more);
        return new EventCatalog(all);
    }
}
