package io.athgrid.registry.bond;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.support.inbox.EventHandler;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns one type of the staking-service's bond events into {@link BondNews}; {@link BondHandlers} declares them. */
record BondHandler<E extends PlatformEvent>(String consumerName, Class<E> eventType,
        Function<E, Optional<BondNews>> news, BondUpdates updates) implements EventHandler<E> {

    private static final Logger log = LoggerFactory.getLogger(BondHandler.class);

    @Override
    public void handle(EventEnvelope<E> event) {
        news.apply(event.payload()).ifPresentOrElse(updates::apply,
                () -> log.warn("Ignoring {} {}: not a bond change this registry knows", eventType.getSimpleName(),
                        event.eventId()));
    }
}
