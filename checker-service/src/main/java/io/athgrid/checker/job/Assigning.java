package io.athgrid.checker.job;

import io.athgrid.checker.assignment.AssignmentPlan;
import io.athgrid.checker.assignment.AssignmentPlanner;
import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.CheckSchedule;
import io.athgrid.checker.assignment.CheckTimings;
import io.athgrid.checker.assignment.DueCheck;
import io.athgrid.checker.assignment.KindTiming;
import io.athgrid.checker.container.CheckedContainer;
import io.athgrid.checker.container.ContainerStore;
import io.athgrid.checker.license.LicenseStore;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.support.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the checks due now into jobs: for each kind, the containers in a status it checks that have
 * no job for the current window get one, seated with the licenses {@link AssignmentPlanner} picks.
 * A job that cannot get a majority of its seats (too few eligible licenses) is not created; the
 * window is tried again on the next run, when licenses may have come online. A short plan that can
 * still reach a majority runs short. The job, its seats and {@code CheckJobAssigned} are written
 * together; job ids come from container, kind and window, so two replicas never create one twice.
 */
public class Assigning {

    private final ContainerStore containers;
    private final LicenseStore licenses;
    private final JobStore jobs;
    private final CheckSchedule schedule;
    private final CheckTimings timings;
    private final AssignmentPlanner planner;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration onlineWithin;
    private final String defaultRegion;
    private final int batch;
    private final MeterRegistry meters;

    public Assigning(ContainerStore containers, LicenseStore licenses, JobStore jobs, CheckTimings timings,
            AssignmentPlanner planner, Outbox outbox, TransactionTemplate transaction, Clock clock,
            Duration onlineWithin, String defaultRegion, int batch, MeterRegistry meters) {
        this.containers = containers;
        this.licenses = licenses;
        this.jobs = jobs;
        this.schedule = new CheckSchedule(timings);
        this.timings = timings;
        this.planner = planner;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.onlineWithin = onlineWithin;
        this.defaultRegion = defaultRegion;
        this.batch = batch;
        this.meters = meters;
    }

    /** Creates the jobs due now; how many. */
    public int assignDue() {
        Instant now = clock.instant();
        Candidates candidates = Candidates.load(licenses, jobs, now, onlineWithin, defaultRegion);
        if (candidates.licenses().stream().filter(license -> license.assignableAt(now)).count()
                < planner.seats() / 2 + 1) {
            // No job could reach a majority: spare planning every container on every run.
            return 0;
        }
        int created = 0;
        for (CheckKind kind : CheckKind.values()) {
            KindTiming timing = timings.of(kind);
            Instant windowStart = schedule.windowAt("", kind, now).windowStart();
            List<CheckedContainer> due = containers.dueFor(kind, timing.statuses(), windowStart);
            for (int from = 0; from < due.size(); from += batch) {
                List<CheckedContainer> part = due.subList(from, Math.min(due.size(), from + batch));
                Integer made = transaction.execute(status -> part.stream()
                        .mapToInt(container -> assign(container, kind, timing, candidates, now) ? 1 : 0).sum());
                created += made == null ? 0 : made;
            }
        }
        return created;
    }

    private boolean assign(CheckedContainer container, CheckKind kind, KindTiming timing, Candidates candidates,
            Instant now) {
        DueCheck due = schedule.windowAt(container.containerId(), kind, now);
        AssignmentPlan plan = planner.plan(due.jobId(), container.owner(), candidates.licenses(), candidates.openJobs(),
                now);
        if (plan.chosen().size() < plan.wanted() / 2 + 1) {
            meters.counter("athgrid.checker.jobs.unassignable", "kind", kind.name()).increment();
            return false;
        }
        CheckJob job = CheckJob.assign(due, container.owner(), container.status(), schedule.decideBy(kind, now),
                plan.wanted(), plan.chosen(), now, timing.answerWithin());
        jobs.scheduled(container.containerId(), kind, due.windowStart());
        if (!jobs.insert(job, container.specs())) {
            return false;
        }
        plan.chosen().forEach(license -> candidates.seated(license.licenseId()));
        outbox.publish(AssignmentEvents.assigned(job, now));
        meters.counter("athgrid.checker.jobs.assigned", "kind", kind.name(), "complete",
                Boolean.toString(plan.complete())).increment();
        return true;
    }
}
