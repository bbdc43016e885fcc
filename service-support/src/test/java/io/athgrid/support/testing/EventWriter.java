package io.athgrid.support.testing;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.EventJson;
import io.athgrid.events.PlatformEvent;
import io.athgrid.events.v1.EventCatalogV1;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events as another service's outbox relay would: in their v1 envelope, on the topic the
 * catalog names, keyed by the aggregate; each send waits for the broker's acknowledgement.
 */
public final class EventWriter {

    private final KafkaTemplate<String, String> kafka;
    private final String traceId;
    private final EventJson json = new EventJson(EventCatalogV1.CATALOG);

    /** @param traceId the trace id every envelope carries, naming the test that wrote it */
    public EventWriter(KafkaTemplate<String, String> kafka, String traceId) {
        this.kafka = kafka;
        this.traceId = traceId;
    }

    /** Wraps the event in a new envelope and sends it; the envelope, to send again as a redelivery. */
    public EventEnvelope<PlatformEvent> publish(PlatformEvent event) {
        EventEnvelope<PlatformEvent> envelope = EventEnvelope.wrap(event, Instant.now(), traceId,
                EventCatalogV1.CATALOG);
        send(envelope);
        return envelope;
    }

    /** Sends an envelope as it is: the same event id again is what an at-least-once relay may deliver. */
    public void send(EventEnvelope<? extends PlatformEvent> envelope) {
        String topic = EventCatalogV1.CATALOG.describe(envelope.payload().getClass()).topic();
        try {
            kafka.send(new ProducerRecord<>(topic, envelope.key(), json.write(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
