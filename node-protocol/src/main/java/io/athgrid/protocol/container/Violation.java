package io.athgrid.protocol.container;

/** A broken input rule: the field as named in the request body, and what it must be. */
public record Violation(String field, String message) {
}
