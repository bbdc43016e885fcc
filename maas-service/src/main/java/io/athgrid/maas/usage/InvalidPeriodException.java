package io.athgrid.maas.usage;

import java.util.List;

/** A period asked for that breaks the rules of {@link UsagePeriod}, with every broken rule; nothing is read. */
public class InvalidPeriodException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidPeriodException(List<Problem> problems) {
        super("The period is not valid");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A broken rule: the query parameter and what it must be. */
    public record Problem(String field, String message) {
    }
}
