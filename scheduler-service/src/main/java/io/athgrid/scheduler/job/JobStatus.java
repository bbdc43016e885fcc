package io.athgrid.scheduler.job;

import java.util.EnumSet;
import java.util.Set;

/**
 * A job's life: SUBMITTED -> MATCHING -> PROVISIONING -> RUNNING -> COMPLETED / FAILED /
 * CANCELLED. A job that loses its containers goes back to MATCHING for its next placement.
 */
public enum JobStatus {
    SUBMITTED,
    MATCHING,
    PROVISIONING,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** Whether the job holds (or is about to hold) containers under a lease. */
    public boolean placed() {
        return this == PROVISIONING || this == RUNNING;
    }

    public Set<JobStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(MATCHING, CANCELLED);
            case MATCHING -> EnumSet.of(PROVISIONING, FAILED, CANCELLED);
            case PROVISIONING -> EnumSet.of(RUNNING, MATCHING, FAILED, CANCELLED);
            case RUNNING -> EnumSet.of(MATCHING, COMPLETED, FAILED, CANCELLED);
            case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    /** Throws when the design does not allow this move. */
    public JobStatus moveTo(JobStatus target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("a job cannot go from " + this + " to " + target);
        }
        return target;
    }
}
