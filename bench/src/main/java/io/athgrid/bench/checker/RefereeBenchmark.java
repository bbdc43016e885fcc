package io.athgrid.bench.checker;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.SeatState;
import io.athgrid.checker.referee.Admission;
import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.checker.referee.OutcomeRule;
import io.athgrid.checker.referee.Referee;
import io.athgrid.checker.referee.ReportAdmission;
import io.athgrid.checker.referee.SubmittedReport;
import io.athgrid.checker.referee.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A liveness round of {@value #CONTAINERS} containers x 3 checkers through checker-service's rules,
 * one operation per report: {@code round} admits every report ({@link ReportAdmission}: the
 * EIP-712 signer recovered and compared with the license's delegate, the seat, the times) and then
 * reaches every job's verdict ({@link Referee}); {@code roundOnTwoThreads} does the same with the
 * jobs split over two threads, as the service's HTTP threads and referee would share the machine;
 * {@code recoverSigner} is the signature recovery alone, {@code decide} the referee alone (its
 * reports admitted beforehand).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RefereeBenchmark {

    static final int CONTAINERS = 10_000;
    static final int REPORTS = CONTAINERS * 3;
    static final int LICENSES = 300;
    static final long SEED = 20261125L;

    private LivenessRound round;
    private ReportAdmission admission;
    private Referee referee;
    private Map<String, CheckJob> reportedJobs;
    private Map<String, List<AdmittedReport>> admittedReports;
    private ForkJoinPool twoThreads;
    private List<List<SubmittedReport>> halves;

    @Setup(Level.Trial)
    public void setUp() {
        round = LivenessRound.benchmarkRound();
        admission = new ReportAdmission(LivenessRound.DOMAIN, ReportAdmission.DEFAULT_CLOCK_SKEW);
        referee = new Referee(OutcomeRule.defaults());
        Result admitted = admit(round.reports);
        reportedJobs = admitted.jobs();
        admittedReports = admitted.reports();
        twoThreads = new ForkJoinPool(2);
        halves = List.of(byJobHalf(0), byJobHalf(1));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        twoThreads.shutdown();
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void round(Blackhole blackhole) {
        Result admitted = admit(round.reports);
        decide(admitted, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void roundOnTwoThreads(Blackhole blackhole) throws Exception {
        twoThreads.submit(() -> halves.parallelStream().forEach(part -> decide(admit(part), blackhole))).get();
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void recoverSigner(Blackhole blackhole) {
        for (SubmittedReport report : round.reports) {
            blackhole.consume(report.signed().signer(LivenessRound.DOMAIN));
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public void decide(Blackhole blackhole) {
        decide(new Result(reportedJobs, admittedReports), blackhole);
    }

    /** Admits reports in arrival order, as {@code POST /reports} does, each seat becoming REPORTED. */
    Result admit(List<SubmittedReport> reports) {
        Map<String, CheckJob> jobs = new HashMap<>(round.jobs);
        Map<String, List<AdmittedReport>> admitted = new HashMap<>(jobs.size() * 2);
        for (SubmittedReport report : reports) {
            String jobId = report.signed().report().jobId();
            long licenseId = report.signed().report().licenseId();
            CheckJob job = jobs.get(jobId);
            Admission answer = admission.admit(report, Optional.ofNullable(job),
                    Optional.ofNullable(round.licenses.get(licenseId)), LivenessRound.RECEIVED);
            if (answer.accepted()) {
                jobs.put(jobId, job.mark(licenseId, SeatState.REPORTED));
                admitted.computeIfAbsent(jobId, id -> new ArrayList<>(3)).add(answer.admitted().get());
            } else {
                throw new IllegalStateException("report rejected: " + answer.rejection().orElseThrow());
            }
        }
        return new Result(jobs, admitted);
    }

    private void decide(Result admitted, Blackhole blackhole) {
        for (Map.Entry<String, List<AdmittedReport>> job : admitted.reports().entrySet()) {
            Verdict verdict = referee.decide(admitted.jobs().get(job.getKey()), job.getValue(), LivenessRound.DECIDED);
            blackhole.consume(verdict);
        }
    }

    private List<SubmittedReport> byJobHalf(int half) {
        return round.reports.stream()
                .filter(report -> Math.floorMod(report.signed().report().jobId().hashCode(), 2) == half)
                .toList();
    }

    /** The jobs with their seats after admission, and each job's admitted reports. */
    record Result(Map<String, CheckJob> jobs, Map<String, List<AdmittedReport>> reports) {
    }
}
