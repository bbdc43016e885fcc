package io.athgrid.support.outbox;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventDescriptor;
import io.athgrid.events.EventEnvelope;
import io.athgrid.events.EventJson;
import io.athgrid.events.PlatformEvent;
import io.athgrid.support.trace.RequestId;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an event in the transaction of the state change it announces: both commit or neither
 * does. The {@link OutboxRelay} publishes it after the commit.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final EventCatalog catalog;
    private final EventJson json;
    private final Clock clock;
    private final Runnable afterCommit;

    public Outbox(JdbcClient jdbc, EventCatalog catalog, EventJson json, Clock clock, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    /** Must run inside the transaction of the state change; an event on its own would be a lie. */
    public <E extends PlatformEvent> EventEnvelope<E> publish(E event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("Outbox.publish needs the transaction of the state change");
        }
        EventEnvelope<E> envelope = EventEnvelope.wrap(event, clock.instant(), RequestId.currentOrNew(), catalog);
        EventDescriptor descriptor = catalog.describe(event.getClass());
        jdbc.sql("""
                        insert into outbox_event
                            (event_id, topic, event_key, event_type, event_version, trace_id, occurred_at, envelope)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(envelope.eventId(), descriptor.topic(), envelope.key(), envelope.type(), envelope.version(),
                        envelope.traceId(), Timestamp.from(envelope.occurredAt()), json.write(envelope))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
        return envelope;
    }
}
