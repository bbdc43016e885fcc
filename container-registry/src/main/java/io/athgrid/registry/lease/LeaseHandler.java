package io.athgrid.registry.lease;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.support.inbox.EventHandler;
import java.util.function.Function;

/** Turns one type of the scheduler's lease events into a {@link LeaseChange}; {@link LeaseHandlers} declares them. */
record LeaseHandler<E extends PlatformEvent>(String consumerName, Class<E> eventType,
        Function<E, LeaseChange> change, LeaseTransitions transitions) implements EventHandler<E> {

    @Override
    public void handle(EventEnvelope<E> event) {
        transitions.apply(change.apply(event.payload()));
    }
}
