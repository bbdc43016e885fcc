package io.athgrid.checker.referee;

/** A verdict: the majority says the container passed or failed, or no result reached a majority. */
public enum Outcome {
    PASSED,
    FAILED,
    NO_MAJORITY
}
