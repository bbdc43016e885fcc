package io.athgrid.checker.slashing;

import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckResult;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One verdict in a slash's evidence, with every signed report the referee counted for its job
 * (majority and minority) and the seats the job wanted, so anyone can count the majority again.
 */
public record EvidenceVerdict(String jobId, String containerId, CheckKind kind, Outcome outcome, Instant windowStart,
        Instant windowEnd, int seatsWanted, Optional<CheckResult> majorityResult, List<AdmittedReport> reports) {

    public EvidenceVerdict {
        reports = reports.stream().sorted(Comparator.comparingLong(AdmittedReport::licenseId)).toList();
    }

    public static EvidenceVerdict of(Verdict verdict, int seatsWanted, Collection<AdmittedReport> reports) {
        List<AdmittedReport> counted = reports.stream()
                .filter(report -> verdict.correct().contains(report.licenseId())
                        || verdict.incorrect().contains(report.licenseId()))
                .toList();
        return new EvidenceVerdict(verdict.jobId(), verdict.containerId(), verdict.kind(), verdict.outcome(),
                verdict.windowStart(), verdict.windowEnd(), seatsWanted, verdict.majorityResult(), counted);
    }

    public String resultHash() {
        return majorityResult.map(CheckResult::resultHash).orElse("");
    }

    /** The reports that signed the majority's result. */
    public long majoritySize() {
        return reports.stream().filter(report -> report.resultHash().equals(resultHash())).count();
    }
}
