package io.athgrid.scheduler.matching;

/** The Indexer could not be asked (down, timed out, or answered with a server error): try again later. */
public class IndexerUnavailableException extends RuntimeException {

    public IndexerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
