package io.athgrid.registry.capacity;

import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.registry.lifecycle.LifecycleTrigger;
import java.util.Optional;

/**
 * What a checker verdict means for a container's admission: a capacity check PASSED verifies it, a
 * FAILED one rejects it. Without a majority nothing follows (a new check is assigned), and liveness
 * and QoE verdicts are not about admission at all. The lifecycle accepts capacity triggers only
 * while the container is CHECKING, so the daily capacity checks of live containers change nothing here.
 */
public record CapacityVerdict(LifecycleTrigger trigger, String note) {

    /** The history column's width. */
    static final int MAX_NOTE = 500;

    public CapacityVerdict {
        note = note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }

    public static Optional<CapacityVerdict> of(CheckVerdictReached verdict) {
        if (!"CAPACITY".equals(verdict.kind())) {
            return Optional.empty();
        }
        LifecycleTrigger trigger = switch (String.valueOf(verdict.outcome())) {
            case "PASSED" -> LifecycleTrigger.CAPACITY_VERIFIED;
            case "FAILED" -> LifecycleTrigger.CAPACITY_REJECTED;
            default -> null;
        };
        return Optional.ofNullable(trigger).map(found -> new CapacityVerdict(found, "capacity check " + verdict.jobId()
                + " " + verdict.outcome() + " (assigned while " + verdict.containerStatus() + ", "
                + verdict.correctLicenses().size() + " checkers in the majority)"));
    }
}
