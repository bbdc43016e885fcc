package io.athgrid.checker.verdict;

import io.athgrid.checker.referee.Outcome;
import io.athgrid.protocol.check.CheckKind;
import java.time.Instant;

/**
 * A verdict on a container as its owner sees it: the check, its window and outcome, and how many
 * checker seats were judged each way in it.
 */
public record VerdictSummary(String jobId, CheckKind kind, Outcome outcome, Instant windowStart, Instant windowEnd,
        Instant reachedAt, int correct, int incorrect, int missing) {
}
