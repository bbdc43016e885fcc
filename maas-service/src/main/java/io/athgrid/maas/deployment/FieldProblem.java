package io.athgrid.maas.deployment;

/** A broken rule of a deployment request: the field as named in the body, and what it must be. */
public record FieldProblem(String field, String message) {
}
