package io.athgrid.checker.slashing;

import java.time.Instant;

/** The owner's objection to a slash, and, once an operator looked at it, the resolution. */
public record Dispute(String by, Instant at, String statement, String resolvedBy, Instant resolvedAt, String resolution) {

    public Dispute resolved(String operator, Instant when, String note) {
        return new Dispute(by, at, statement, operator, when, note);
    }
}
