package io.athgrid.support.inbox;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;

/**
 * Applies one type of event to this service's state. Declare it as a bean and the service
 * subscribes to the event's topic; each event reaches {@link #handle} once per handler, inside the
 * transaction that records it as processed.
 */
public interface EventHandler<E extends PlatformEvent> {

    Class<E> eventType();

    void handle(EventEnvelope<E> event);

    /** Names this handler in the processed-events table; renaming it re-applies old events. */
    default String consumerName() {
        return getClass().getSimpleName();
    }
}
