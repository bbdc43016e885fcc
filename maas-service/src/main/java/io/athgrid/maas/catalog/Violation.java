package io.athgrid.maas.catalog;

/** A broken catalog rule: the field as named in the request body, and what it must be. */
public record Violation(String field, String message) {
}
