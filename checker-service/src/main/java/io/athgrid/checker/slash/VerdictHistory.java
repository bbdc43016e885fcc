package io.athgrid.checker.slash;

import io.athgrid.checker.referee.Verdict;
import java.util.Optional;

/** The verdicts reached so far: a slash's evidence is rebuilt from the failures that led to it. */
public interface VerdictHistory {

    Optional<Verdict> find(String jobId);
}
