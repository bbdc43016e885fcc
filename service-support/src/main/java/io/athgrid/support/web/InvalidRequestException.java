package io.athgrid.support.web;

import java.util.List;

/**
 * Answered as 400 problem+json: input that is well-formed but breaks a domain rule (impossible
 * specs, an unknown region). Thrown before anything is written.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One offending input: which field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
