package io.athgrid.checker.assignment;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How one kind of check runs.
 *
 * @param every        how often a container is checked (the window length; windows start at multiples of it)
 * @param answerWithin how long a seated license has to report before its seat goes to another
 * @param decideWithin how long after it is scheduled a job is decided with the reports it has
 * @param statuses     the container statuses in which the check is due
 */
public record KindTiming(Duration every, Duration answerWithin, Duration decideWithin, Set<String> statuses) {

    public KindTiming {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(answerWithin, "answerWithin");
        Objects.requireNonNull(decideWithin, "decideWithin");
        statuses = Set.copyOf(statuses);
        if (every.toSeconds() <= 0 || (86_400 % every.toSeconds() != 0 && every.toSeconds() % 86_400 != 0)) {
            throw new IllegalArgumentException("an interval must divide a day or be whole days");
        }
        if (answerWithin.isNegative() || answerWithin.isZero() || decideWithin.compareTo(answerWithin) < 0) {
            throw new IllegalArgumentException("a job must allow at least one answer before it is decided");
        }
    }
}
