package io.athgrid.checker.referee;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.Seat;
import io.athgrid.checker.assignment.SeatState;
import io.athgrid.protocol.check.CheckResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reaches the one verdict of a check job. It decides once no seat is waiting for an answer, or at
 * the job's decision time with whatever came in. Reports are grouped by result hash; a group of at
 * least {@code seatsWanted / 2 + 1} wins: counted against the seats the job wanted (2N+1), not the
 * reports that arrived, so two silent checkers cannot let a lone one decide. Only the winning
 * group's members are correct; without a winner every report is incorrect.
 */
public final class Referee {

    private final OutcomeRule rule;

    public Referee(OutcomeRule rule) {
        this.rule = rule;
    }

    /** Whether the verdict can be reached now: all answers are in, or the decision time came. */
    public boolean due(CheckJob job, Instant now) {
        return !job.decided() && (job.openSeats().isEmpty() || !now.isBefore(job.decideBy()));
    }

    /** @param reports the admitted reports of this job; reports of licenses without a REPORTED seat are ignored */
    public Verdict decide(CheckJob job, Collection<AdmittedReport> reports, Instant now) {
        if (job.decided()) {
            throw new IllegalStateException("job " + job.jobId() + " already has its verdict");
        }
        Set<Long> reported = job.seats().stream().filter(seat -> seat.state() == SeatState.REPORTED)
                .map(Seat::licenseId).collect(Collectors.toSet());
        Map<Long, AdmittedReport> counted = new TreeMap<>();
        reports.stream()
                .filter(report -> report.signed().report().jobId().equals(job.jobId()))
                .filter(report -> reported.contains(report.licenseId()))
                .forEach(report -> counted.putIfAbsent(report.licenseId(), report));
        Map<String, List<AdmittedReport>> groups = new TreeMap<>(
                counted.values().stream().collect(Collectors.groupingBy(AdmittedReport::resultHash)));
        Optional<String> winner = groups.entrySet().stream()
                .filter(group -> group.getValue().size() >= job.seatsWanted() / 2 + 1)
                .map(Map.Entry::getKey).findFirst();

        List<Long> correct = winner.map(hash -> licenses(groups.get(hash))).orElse(List.of());
        List<Long> incorrect = new ArrayList<>();
        groups.forEach((hash, group) -> {
            if (!winner.map(hash::equals).orElse(false)) {
                incorrect.addAll(licenses(group));
            }
        });
        incorrect.sort(null);
        List<Long> missing = job.openSeats().stream().map(Seat::licenseId).sorted().toList();

        Optional<CheckResult> result = winner.map(hash -> groups.get(hash).get(0).result());
        Outcome outcome = result.map(r -> rule.passes(r) ? Outcome.PASSED : Outcome.FAILED).orElse(Outcome.NO_MAJORITY);
        return new Verdict(job.jobId(), job.containerId(), job.containerOwner(), job.containerStatus(), job.kind(),
                job.windowStart(), job.windowEnd(), outcome, result, correct, incorrect, missing, now);
    }

    private static List<Long> licenses(List<AdmittedReport> group) {
        return group.stream().map(AdmittedReport::licenseId).sorted().toList();
    }
}
