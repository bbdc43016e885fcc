package io.athgrid.maas.catalog;

import java.time.Instant;

/** Retiring is one-way and happens once: the model was retired before. */
public class AlreadyRetiredException extends RuntimeException {

    public AlreadyRetiredException(ModelId id, Instant retiredAt) {
        super("The model " + id + " was already retired at " + retiredAt);
    }
}
