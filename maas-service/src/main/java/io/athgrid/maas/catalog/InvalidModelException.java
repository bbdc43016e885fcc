package io.athgrid.maas.catalog;

import java.util.List;

/** A catalog entry that breaks the rules, with every broken rule; thrown before anything is written. */
public class InvalidModelException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidModelException(List<Violation> violations) {
        super("The model is not valid");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
