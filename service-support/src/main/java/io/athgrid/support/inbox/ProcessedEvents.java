package io.athgrid.support.inbox;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Remembers which events each consumer has applied; used inside the effect's transaction. */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    public ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as processed by the consumer; false when it already was. */
    public boolean markProcessed(String consumer, UUID eventId) {
        return jdbc.sql("insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing")
                .params(consumer, eventId)
                .update() == 1;
    }
}
