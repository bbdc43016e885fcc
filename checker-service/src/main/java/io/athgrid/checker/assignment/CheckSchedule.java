package io.athgrid.checker.assignment;

import io.athgrid.protocol.check.CheckKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a container is due for now: for each kind whose statuses include the container's, the
 * current window, unless a job for it was already scheduled. Past windows are not caught up: a
 * minute gone by cannot be checked any more. A voided capacity check is due again in the same
 * day once its job is forgotten ({@code lastScheduled} reset by the caller).
 */
public final class CheckSchedule {

    private final CheckTimings timings;

    public CheckSchedule(CheckTimings timings) {
        this.timings = timings;
    }

    /**
     * @param lastScheduled per kind, the window start of the container's latest scheduled job
     */
    public List<DueCheck> due(String containerId, String status, Map<CheckKind, Instant> lastScheduled,
            Instant now) {
        List<DueCheck> due = new ArrayList<>();
        for (CheckKind kind : CheckKind.values()) {
            if (!timings.of(kind).statuses().contains(status)) {
                continue;
            }
            DueCheck window = windowAt(containerId, kind, now);
            Instant last = lastScheduled.get(kind);
            if (last == null || last.isBefore(window.windowStart())) {
                due.add(window);
            }
        }
        return due;
    }

    /** The window of {@code kind} that contains {@code now}. */
    public DueCheck windowAt(String containerId, CheckKind kind, Instant now) {
        long every = timings.of(kind).every().toSeconds();
        long start = Math.floorDiv(now.getEpochSecond(), every) * every;
        return new DueCheck(containerId, kind, Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + every));
    }

    /** When a job scheduled at {@code now} is decided at the latest. */
    public Instant decideBy(CheckKind kind, Instant now) {
        return now.plus(timings.of(kind).decideWithin());
    }
}
