package io.athgrid.checker.verdict;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.job.JobStore;
import io.athgrid.checker.job.StoredJob;
import io.athgrid.checker.license.LicenseBans;
import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.checker.referee.Referee;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.checker.report.ReportStore;
import io.athgrid.checker.slash.SlashProposing;
import io.athgrid.events.v1.CheckVerdictReached;
import io.athgrid.support.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reaches the verdicts that are due (every seat answered, or the decision time came): one per job,
 * in one transaction on the job's locked row with all it leads to — the verdict and each seat's
 * judgement, {@code CheckVerdictReached}, the container's QoS score ({@code QosScoreUpdated}), bans
 * of licenses judged incorrect too often ({@code CheckerBanned}) and slash proposals
 * ({@code SlashProposed}).
 */
public class Judging {

    private final JobStore jobs;
    private final ReportStore reports;
    private final VerdictStore verdicts;
    private final Referee referee;
    private final QosUpdates qos;
    private final LicenseBans bans;
    private final SlashProposing slashing;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batch;
    private final MeterRegistry meters;

    public Judging(JobStore jobs, ReportStore reports, VerdictStore verdicts, Referee referee, QosUpdates qos,
            LicenseBans bans, SlashProposing slashing, Outbox outbox, TransactionTemplate transaction, Clock clock,
            int batch, MeterRegistry meters) {
        this.jobs = jobs;
        this.reports = reports;
        this.verdicts = verdicts;
        this.referee = referee;
        this.qos = qos;
        this.bans = bans;
        this.slashing = slashing;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.batch = batch;
        this.meters = meters;
    }

    /** Decides the jobs due now, up to one batch; how many were decided. */
    public int decideDue() {
        Instant now = clock.instant();
        int decided = 0;
        for (String jobId : jobs.dueForVerdict(now, batch)) {
            Boolean done = transaction.execute(status -> decide(jobId, now));
            decided += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return decided;
    }

    private boolean decide(String jobId, Instant now) {
        Optional<StoredJob> stored = jobs.lock(jobId);
        if (stored.isEmpty() || !referee.due(stored.get().job(), now)) {
            return false;
        }
        CheckJob job = stored.get().job();
        List<AdmittedReport> admitted = reports.ofJob(jobId);
        Verdict verdict = referee.decide(job, admitted, now);
        jobs.decided(jobId, now);
        verdicts.insert(verdict);
        outbox.publish(new CheckVerdictReached(verdict.jobId(), verdict.containerId(), verdict.containerOwner(),
                verdict.kind().name(), verdict.outcome().name(), verdict.containerStatus(),
                stored.get().registered().gpuCount(), verdict.windowStart(), verdict.windowEnd(), verdict.resultHash(),
                strings(verdict.correct()), strings(verdict.incorrect()), verdict.reachedAt()));
        qos.after(verdict);
        for (long license : verdict.incorrect()) {
            bans.judgedIncorrect(license, verdicts.incorrectAt(license));
        }
        slashing.after(stored.get(), verdict, admitted, now);
        meters.counter("athgrid.checker.verdicts", "kind", verdict.kind().name(), "outcome",
                verdict.outcome().name()).increment();
        return true;
    }

    private static List<String> strings(List<Long> licenses) {
        return licenses.stream().map(license -> Long.toString(license)).toList();
    }
}
