package io.athgrid.checker.job;

import io.athgrid.checker.assignment.AssignmentPlanner;
import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.CheckTimings;
import io.athgrid.checker.assignment.License;
import io.athgrid.checker.assignment.Reassignments;
import io.athgrid.checker.assignment.SeatRelease;
import io.athgrid.checker.assignment.SeatState;
import io.athgrid.checker.license.LicenseStore;
import io.athgrid.support.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives up the seats nobody will answer ({@link Reassignments}): a seat whose answer time passed
 * (TIMED_OUT), and every open seat of a license whose client stopped polling, that was burnt or
 * that was banned (WITHDRAWN; VOIDED on capacity checks, which cannot be trusted half-way). While the job is still
 * before its decision time another license takes the seat, with a {@code CheckJobAssigned} naming
 * whom it replaces. One transaction per job, on its locked row.
 */
public class Reassigning {

    private final LicenseStore licenses;
    private final JobStore jobs;
    private final CheckTimings timings;
    private final AssignmentPlanner planner;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration onlineWithin;
    private final String defaultRegion;
    private final int batch;

    public Reassigning(LicenseStore licenses, JobStore jobs, CheckTimings timings, AssignmentPlanner planner,
            Outbox outbox, TransactionTemplate transaction, Clock clock, Duration onlineWithin, String defaultRegion,
            int batch) {
        this.licenses = licenses;
        this.jobs = jobs;
        this.timings = timings;
        this.planner = planner;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.onlineWithin = onlineWithin;
        this.defaultRegion = defaultRegion;
        this.batch = batch;
    }

    /** Releases (and where possible replaces) the seats due; how many were released. */
    public int releaseDue() {
        Instant now = clock.instant();
        Set<String> jobIds = new LinkedHashSet<>(jobs.withOverdueSeats(now, batch));
        jobIds.addAll(jobs.withOpenSeatsOfGoneLicenses(now.minus(onlineWithin), now, batch));
        if (jobIds.isEmpty()) {
            return 0;
        }
        Candidates candidates = Candidates.load(licenses, jobs, now, onlineWithin, defaultRegion);
        Map<Long, License> byId = candidates.licenses().stream()
                .collect(Collectors.toMap(License::licenseId, Function.identity()));
        int released = 0;
        for (String jobId : jobIds) {
            Integer count = transaction.execute(status -> release(jobId, candidates, byId, now));
            released += count == null ? 0 : count;
        }
        return released;
    }

    private int release(String jobId, Candidates candidates, Map<Long, License> byId, Instant now) {
        Optional<StoredJob> stored = jobs.lock(jobId);
        if (stored.isEmpty() || stored.get().job().decided()) {
            return 0;
        }
        CheckJob job = stored.get().job();
        List<SeatRelease> releases = new ArrayList<>();
        Set<Long> handled = new HashSet<>();
        for (SeatRelease gone : goneLicenseReleases(job, byId, now)) {
            releases.add(gone);
            handled.add(gone.licenseId());
        }
        Reassignments.overdue(job, now).stream().filter(release -> !handled.contains(release.licenseId()))
                .forEach(releases::add);
        for (SeatRelease release : releases) {
            if (!jobs.markSeat(jobId, release.licenseId(), SeatState.OPEN, release.state())) {
                continue;
            }
            job = job.mark(release.licenseId(), release.state());
            candidates.released(release.licenseId());
            if (release.replace()) {
                job = replace(job, release.licenseId(), candidates, now);
            }
        }
        return releases.size();
    }

    private List<SeatRelease> goneLicenseReleases(CheckJob job, Map<Long, License> byId, Instant now) {
        List<SeatRelease> releases = new ArrayList<>();
        for (long licenseId : job.openSeats().stream().map(seat -> seat.licenseId()).toList()) {
            License license = byId.get(licenseId);
            // Burnt, offline or banned: its answer would never come or only be refused.
            if (license == null || !license.assignableAt(now)) {
                releases.addAll(Reassignments.checkerOffline(licenseId, List.of(job), now));
            }
        }
        return releases;
    }

    private CheckJob replace(CheckJob job, long replaced, Candidates candidates, Instant now) {
        Optional<License> next = planner.replacement(job, candidates.licenses(), candidates.openJobs(), now);
        if (next.isEmpty()) {
            return job;
        }
        long licenseId = next.get().licenseId();
        CheckJob seated = job.seat(licenseId, now, timings.of(job.kind()).answerWithin());
        jobs.addSeat(job.jobId(), seated.seatOf(licenseId).orElseThrow());
        candidates.seated(licenseId);
        outbox.publish(AssignmentEvents.reassigned(seated, licenseId, replaced, now));
        return seated;
    }
}
