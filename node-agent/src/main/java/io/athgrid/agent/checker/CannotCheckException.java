package io.athgrid.agent.checker;

/**
 * A probe cannot check an assignment (no way to run a capacity benchmark remotely, an endpoint it
 * cannot read). Not a failed check: the checker sends no report, and an unanswered seat counts for
 * nobody and is given to another checker.
 */
public class CannotCheckException extends Exception {

    public CannotCheckException(String reason) {
        super(reason);
    }
}
