package io.athgrid.support.inbox;

/** A record that is not an event envelope; retrying cannot help, so it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
