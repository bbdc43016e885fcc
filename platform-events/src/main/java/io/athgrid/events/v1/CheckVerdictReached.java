package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;
import java.util.List;

/**
 * The referee's one verdict on a check job: {@code kind} LIVENESS, QOE or CAPACITY; {@code outcome}
 * PASSED, FAILED (the majority's result says the container failed) or NO_MAJORITY; the container's
 * status and GPUs when the job was assigned; the licenses whose reports were counted correct and
 * incorrect; {@code resultHash} the majority's result hash (empty without a majority).
 */
public record CheckVerdictReached(
        String jobId,
        String containerId,
        String owner,
        String kind,
        String outcome,
        String containerStatus,
        int gpuCount,
        Instant windowStart,
        Instant windowEnd,
        String resultHash,
        List<String> correctLicenses,
        List<String> incorrectLicenses,
        Instant reachedAt) implements PlatformEvent {

    public CheckVerdictReached {
        correctLicenses = List.copyOf(correctLicenses);
        incorrectLicenses = List.copyOf(incorrectLicenses);
    }

    @Override
    public String partitionKey() {
        return containerId;
    }
}
