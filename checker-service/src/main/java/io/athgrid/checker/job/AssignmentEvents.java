package io.athgrid.checker.job;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.events.v1.CheckJobAssigned;
import java.time.Instant;
import java.util.List;

/** The {@code CheckJobAssigned} of a new job, and of a seat given to another license. */
final class AssignmentEvents {

    private AssignmentEvents() {
    }

    static CheckJobAssigned assigned(CheckJob job, Instant at) {
        return event(job, job.seats().stream().map(seat -> Long.toString(seat.licenseId())).toList(), null, at);
    }

    static CheckJobAssigned reassigned(CheckJob job, long licenseId, long replaced, Instant at) {
        return event(job, List.of(Long.toString(licenseId)), Long.toString(replaced), at);
    }

    private static CheckJobAssigned event(CheckJob job, List<String> licenses, String replaced, Instant at) {
        return new CheckJobAssigned(job.jobId(), job.containerId(), job.containerOwner(), job.kind().name(),
                job.containerStatus(), job.windowStart(), job.windowEnd(), job.decideBy(), job.seatsWanted(), licenses,
                replaced, at);
    }
}
