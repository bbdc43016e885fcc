package io.athgrid.support.outbox;

/** A batch could not be confirmed by Kafka; its events stay in the outbox for the next attempt. */
public class OutboxRelayException extends RuntimeException {

    public OutboxRelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
