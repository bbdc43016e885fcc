package io.athgrid.indexer.feed;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.PlatformEvent;
import io.athgrid.support.inbox.EventHandler;
import java.util.function.Consumer;

/** Applies one type of the registry's container events to the index; {@link ContainerFeeds} declares them. */
record ContainerFeed<E extends PlatformEvent>(String consumerName, Class<E> eventType, Consumer<E> apply)
        implements EventHandler<E> {

    @Override
    public void handle(EventEnvelope<E> event) {
        apply.accept(event.payload());
    }
}
