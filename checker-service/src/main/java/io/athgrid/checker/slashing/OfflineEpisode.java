package io.athgrid.checker.slashing;

import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.protocol.check.CheckKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's run of failed liveness verdicts. One outage is one slash, not one per minute: the
 * episode asks for a slash once {@code failuresToSlash} verdicts in a row failed (the registry too
 * calls a container offline only after missed heartbeats), and not again until a passed verdict
 * ends it. Verdicts without a majority neither extend nor end it. It keeps the failures that led to
 * the slash, which are its evidence.
 *
 * @param failures the failed verdicts of this run, up to {@code failuresToSlash}
 */
public record OfflineEpisode(List<Verdict> failures, boolean slashAsked) {

    /** Three failed minutes in a row, as the registry's three missed heartbeats. */
    public static final int DEFAULT_FAILURES_TO_SLASH = 3;

    public OfflineEpisode {
        failures = List.copyOf(failures);
    }

    public static OfflineEpisode none() {
        return new OfflineEpisode(List.of(), false);
    }

    /** The episode after {@code verdict}. */
    public OfflineEpisode after(Verdict verdict, int failuresToSlash) {
        if (verdict.kind() != CheckKind.LIVENESS || verdict.outcome() == Outcome.NO_MAJORITY) {
            return this;
        }
        if (verdict.outcome() == Outcome.PASSED) {
            return none();
        }
        if (failures.size() >= failuresToSlash) {
            return this;
        }
        List<Verdict> next = new ArrayList<>(failures);
        next.add(verdict);
        return new OfflineEpisode(next, slashAsked);
    }

    /** Whether a slash should be proposed now (once per episode). */
    public boolean slashDue(int failuresToSlash) {
        return !slashAsked && failures.size() >= failuresToSlash;
    }

    public OfflineEpisode slashProposed() {
        return new OfflineEpisode(failures, true);
    }
}
