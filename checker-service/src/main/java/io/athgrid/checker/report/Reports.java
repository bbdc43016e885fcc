package io.athgrid.checker.report;

import io.athgrid.checker.assignment.SeatState;
import io.athgrid.checker.job.JobStore;
import io.athgrid.checker.job.StoredJob;
import io.athgrid.checker.license.LicenseStore;
import io.athgrid.checker.referee.Admission;
import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.checker.referee.ReportAdmission;
import io.athgrid.checker.referee.SubmittedReport;
import io.athgrid.events.v1.CheckReportAccepted;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.SignedCheckReport;
import io.athgrid.support.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a submitted report through {@link ReportAdmission} on the job's locked row: admitted, it is
 * stored as signed, its seat becomes REPORTED and {@code CheckReportAccepted} is published, in one
 * transaction; rejected, nothing is written and {@link ReportRejectedException} says why. The lock
 * makes a report sent twice at once count once (the second is REPLAYED).
 */
public class Reports {

    private final JobStore jobs;
    private final LicenseStore licenses;
    private final ReportStore reports;
    private final ReportAdmission admission;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration onlineWithin;
    private final String defaultRegion;
    private final MeterRegistry meters;

    public Reports(JobStore jobs, LicenseStore licenses, ReportStore reports, ReportAdmission admission, Outbox outbox,
            TransactionTemplate transaction, Clock clock, Duration onlineWithin, String defaultRegion,
            MeterRegistry meters) {
        this.jobs = jobs;
        this.licenses = licenses;
        this.reports = reports;
        this.admission = admission;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.onlineWithin = onlineWithin;
        this.defaultRegion = defaultRegion;
        this.meters = meters;
    }

    public AdmittedReport submit(SignedCheckReport signed, CheckResult result) {
        try {
            AdmittedReport admitted = transaction.execute(status -> admit(signed, result));
            meters.counter("athgrid.checker.reports", "outcome", "accepted").increment();
            return admitted;
        } catch (ReportRejectedException e) {
            meters.counter("athgrid.checker.reports", "outcome", e.reason().name().toLowerCase(Locale.ROOT))
                    .increment();
            throw e;
        }
    }

    private AdmittedReport admit(SignedCheckReport signed, CheckResult result) {
        Instant now = clock.instant();
        CheckReport report = signed.report();
        Admission answer = admission.admit(new SubmittedReport(signed, result, now),
                jobs.lock(report.jobId()).map(StoredJob::job),
                licenses.find(report.licenseId()).map(license -> license.toDomain(now, onlineWithin, defaultRegion)),
                now);
        if (answer.rejection().isPresent()) {
            throw new ReportRejectedException(answer.rejection().get());
        }
        AdmittedReport admitted = answer.admitted().orElseThrow();
        reports.insert(admitted);
        jobs.markSeat(report.jobId(), report.licenseId(), SeatState.OPEN, SeatState.REPORTED);
        outbox.publish(new CheckReportAccepted(report.jobId(), Long.toString(report.licenseId()), admitted.signer(),
                report.containerId(), report.kind().name(), report.resultHash(),
                Instant.ofEpochSecond(report.submittedAt()), signed.signature(), now));
        return admitted;
    }
}
