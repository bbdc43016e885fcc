package io.athgrid.events;

/**
 * A fact one service announces to the others. Implementations are immutable records in a
 * versioned package ({@code io.athgrid.events.v1}) and are named in the past tense.
 */
public interface PlatformEvent {

    /**
     * The Kafka record key: events with the same key keep their order, so it is the id of the
     * aggregate the event is about (a container, a job, an enterprise).
     */
    String partitionKey();
}
