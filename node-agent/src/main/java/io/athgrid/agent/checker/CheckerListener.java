package io.athgrid.agent.checker;

import io.athgrid.protocol.check.CheckResult;

/**
 * What happens to a checker's polls and reports, for logs and counters. Called from the client's
 * poll and probe threads; {@code checker} is the client's label.
 */
public interface CheckerListener {

    /** The wallet signed in (again). */
    default void signedIn(String checker, String wallet) {
    }

    /** A poll answered: the licenses the wallet signs for and how many seats were new. */
    default void polled(String checker, int licenses, int newSeats) {
    }

    /** The probe could not check a seat; nothing is reported for it. */
    default void skipped(String checker, Assignment assignment, String why) {
    }

    default void accepted(String checker, Assignment assignment, CheckResult result) {
    }

    /** The platform refused the report for good ({@code reason}: BAD_SIGNATURE, NOT_ASSIGNED, LATE, ...). */
    default void rejected(String checker, Assignment assignment, String reason, String detail) {
    }

    /** A result that could not be delivered before its answer time. */
    default void undelivered(String checker, Assignment assignment, String why) {
    }

    /** A poll failed; {@code streak} counts consecutive failures, 1 for the first. */
    default void failed(String checker, String detail, int streak) {
    }

    default void recovered(String checker, int failures) {
    }

    /** The checker stopped for a reason its operator must fix. */
    default void stopped(String checker, String reason) {
    }
}
