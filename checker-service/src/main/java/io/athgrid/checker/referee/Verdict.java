package io.athgrid.checker.referee;

import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The referee's one verdict on a check job.
 *
 * @param majorityResult the result the majority signed (empty without a majority)
 * @param correct        licenses in the majority: only they are paid for the job
 * @param incorrect      licenses that reported anything else, or everyone who reported when there is no majority
 * @param missing        licenses that held a seat but had not reported when the job was decided
 */
public record Verdict(String jobId, String containerId, String containerOwner, String containerStatus, CheckKind kind,
        Instant windowStart, Instant windowEnd, Outcome outcome, Optional<CheckResult> majorityResult,
        List<Long> correct, List<Long> incorrect, List<Long> missing, Instant reachedAt) {

    public Verdict {
        correct = List.copyOf(correct);
        incorrect = List.copyOf(incorrect);
        missing = List.copyOf(missing);
    }

    /** The majority's result hash, or empty. */
    public String resultHash() {
        return majorityResult.map(CheckResult::resultHash).orElse("");
    }
}
