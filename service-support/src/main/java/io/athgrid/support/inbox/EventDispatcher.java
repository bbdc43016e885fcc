package io.athgrid.support.inbox;

import io.athgrid.events.EventEnvelope;
import io.athgrid.events.EventJson;
import io.athgrid.events.PlatformEvent;
import io.athgrid.support.trace.RequestId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands each incoming event to the handlers of its type, each in its own transaction together with
 * the processed-event record, so a redelivered event changes nothing and a failed handler leaves
 * the event for retry.
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final EventJson json;
    private final ProcessedEvents processed;
    private final TransactionTemplate transaction;
    private final Map<Class<?>, List<EventHandler<?>>> handlersByType;

    public EventDispatcher(EventJson json, ProcessedEvents processed, TransactionTemplate transaction,
            List<EventHandler<?>> handlers) {
        this.json = json;
        this.processed = processed;
        this.transaction = transaction;
        this.handlersByType = handlers.stream().collect(Collectors.groupingBy(EventHandler::eventType));
    }

    public void dispatch(String envelopeJson) {
        Optional<EventEnvelope<PlatformEvent>> read;
        try {
            read = json.read(envelopeJson);
        } catch (RuntimeException e) {
            throw new MalformedEventException("not a readable event envelope", e);
        }
        if (read.isEmpty()) {
            log.debug("Skipping an event type this service does not know");
            return;
        }
        EventEnvelope<PlatformEvent> event = read.get();
        MDC.put(RequestId.MDC_KEY, event.traceId());
        try {
            for (EventHandler<?> handler : handlersByType.getOrDefault(event.payload().getClass(), List.of())) {
                applyOnce(handler, event);
            }
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void applyOnce(EventHandler handler, EventEnvelope<PlatformEvent> event) {
        transaction.executeWithoutResult(status -> {
            if (processed.markProcessed(handler.consumerName(), event.eventId())) {
                handler.handle(event);
            } else {
                log.debug("{} already applied event {}", handler.consumerName(), event.eventId());
            }
        });
    }
}
