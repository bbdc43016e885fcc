package io.athgrid.maas.engine;

/** A malformed part of a node's call: the field as named in the path or body, and what it must be. */
public record CallProblem(String field, String message) {
}
