package io.athgrid.bench.checker;

import io.athgrid.checker.assignment.AssignmentPlan;
import io.athgrid.checker.assignment.AssignmentPlanner;
import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.assignment.DueCheck;
import io.athgrid.checker.assignment.License;
import io.athgrid.checker.assignment.Seat;
import io.athgrid.checker.referee.SubmittedReport;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckReport;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.CheckerDomain;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.SignedCheckReport;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;

/**
 * One liveness round of a fleet as checker-service meets it: every container's job seated with 3
 * licenses by the service's {@link AssignmentPlanner} (regions first, fewest open jobs), and every
 * seat's report signed (EIP-712) by the license's delegated burner key, arriving in shuffled order.
 * Most hosts answer (3 agreeing reports); 1 % are down (3 agreeing "unreachable"); on 1 % one
 * checker lies. Fixed seed, so every run measures the same round.
 */
final class LivenessRound {

    static final CheckerDomain DOMAIN = new CheckerDomain(421_614, "0xdc64a140aa3e981100a9beca4e685f962f0cf6c9");
    static final Instant WINDOW = Instant.parse("2026-11-25T10:00:00Z");
    /** When the reports arrive: inside every seat's 20 s answer time. */
    static final Instant RECEIVED = WINDOW.plusSeconds(6);
    /** When the referee decides: after every report arrived. */
    static final Instant DECIDED = WINDOW.plusSeconds(10);

    private static final LivenessResult ALIVE = new LivenessResult(true, BigDecimal.ZERO, 120);
    private static final LivenessResult UNREACHABLE = LivenessResult.unreachable(5_000);

    final Map<String, CheckJob> jobs;
    final Map<Long, License> licenses;
    final List<SubmittedReport> reports;

    private LivenessRound(Map<String, CheckJob> jobs, Map<Long, License> licenses, List<SubmittedReport> reports) {
        this.jobs = jobs;
        this.licenses = licenses;
        this.reports = reports;
    }

    private static LivenessRound built;

    /** The round of {@link RefereeBenchmark}, built once per JVM: signing 30,000 reports takes a while. */
    static synchronized LivenessRound benchmarkRound() {
        if (built == null) {
            built = build(RefereeBenchmark.CONTAINERS, RefereeBenchmark.LICENSES, RefereeBenchmark.SEED);
        }
        return built;
    }

    static LivenessRound build(int containers, int licenseCount, long seed) {
        Random random = new Random(seed);
        Map<Long, License> licenses = new LinkedHashMap<>();
        Map<Long, ECKeyPair> burners = new HashMap<>();
        Region[] regions = Region.values();
        for (long id = 1; id <= licenseCount; id++) {
            ECKeyPair burner = ECKeyPair.create(BigInteger.valueOf(seed).add(BigInteger.valueOf(1_000_000 + id)));
            String owner = Credentials.create(ECKeyPair.create(BigInteger.valueOf(seed + 5_000_000 + id))).getAddress();
            burners.put(id, burner);
            licenses.put(id, new License(id, owner, Credentials.create(burner).getAddress(),
                    regions[(int) (id % regions.length)].code(), true, true, null));
        }
        AssignmentPlanner planner = new AssignmentPlanner(AssignmentPlanner.DEFAULT_N, "bench-" + seed);
        Map<Long, Integer> openJobs = new HashMap<>();
        Map<String, CheckJob> jobs = new LinkedHashMap<>();
        List<SubmittedReport> reports = new ArrayList<>();
        for (int c = 0; c < containers; c++) {
            String containerId = new UUID(random.nextLong(), random.nextLong()).toString();
            String owner = "0x" + String.format("%040x", new BigInteger(160, random));
            DueCheck due = new DueCheck(containerId, CheckKind.LIVENESS, WINDOW, WINDOW.plusSeconds(60));
            AssignmentPlan plan = planner.plan(due.jobId(), owner, licenses.values(), openJobs, WINDOW);
            CheckJob job = CheckJob.assign(due, owner, "STANDBY", WINDOW.plusSeconds(60), plan.wanted(), plan.chosen(),
                    WINDOW, Duration.ofSeconds(20));
            plan.chosen().forEach(license -> openJobs.merge(license.licenseId(), 1, Integer::sum));
            jobs.put(job.jobId(), job);
            int roll = random.nextInt(100);
            LivenessResult truth = roll == 0 ? UNREACHABLE : ALIVE;
            int liar = roll == 1 ? random.nextInt(job.seats().size()) : -1;
            for (int s = 0; s < job.seats().size(); s++) {
                Seat seat = job.seats().get(s);
                CheckResult result = s == liar ? UNREACHABLE : truth;
                CheckReport report = CheckReport.of(job.jobId(), seat.licenseId(), containerId, result,
                        WINDOW.plusSeconds(5).getEpochSecond());
                reports.add(new SubmittedReport(SignedCheckReport.sign(report, DOMAIN, burners.get(seat.licenseId())),
                        result, RECEIVED));
            }
        }
        Collections.shuffle(reports, random);
        return new LivenessRound(Map.copyOf(jobs), Map.copyOf(licenses), List.copyOf(reports));
    }
}
