package io.athgrid.events.v1;

import io.athgrid.events.PlatformEvent;
import java.time.Instant;
import java.util.List;

/**
 * Checker licenses were seated on a check job: {@code kind} LIVENESS, QOE or CAPACITY for the
 * container's window {@code windowStart}..{@code windowEnd}; the job wants {@code seatsWanted}
 * (2N+1) licenses and is decided by {@code decideBy}. The first assignment seats the licenses the
 * planner chose; a reassignment seats one license in place of {@code replacedLicenseId} (null on
 * the first assignment), whose seat timed out or whose checker went offline.
 */
public record CheckJobAssigned(
        String jobId,
        String containerId,
        String owner,
        String kind,
        String containerStatus,
        Instant windowStart,
        Instant windowEnd,
        Instant decideBy,
        int seatsWanted,
        List<String> licenseIds,
        String replacedLicenseId,
        Instant assignedAt) implements PlatformEvent {

    public CheckJobAssigned {
        licenseIds = List.copyOf(licenseIds);
    }

    @Override
    public String partitionKey() {
        return containerId;
    }
}
