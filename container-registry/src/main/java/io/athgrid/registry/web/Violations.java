package io.athgrid.registry.web;

import io.athgrid.protocol.container.Violation;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.util.List;

/** Turns broken input rules from node-protocol into a 400 naming each field, before anything is written. */
public final class Violations {

    private Violations() {
    }

    public static void requireNone(String message, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(message, violations.stream()
                    .map(violation -> new FieldError(violation.field(), violation.message())).toList());
        }
    }
}
